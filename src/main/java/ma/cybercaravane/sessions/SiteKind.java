package ma.cybercaravane.sessions;

/** Where a caravan stop is held. */
public enum SiteKind {
    SCHOOL, COMPANY_SITE, COMMUNITY_CENTRE, OTHER;

    public String messageKey() {
        return "sessions.siteKind." + name();
    }
}
