package ma.cybercaravane.sessions;

/** What an organizer types to create or edit a site. The host organization is optional. */
public record SiteDraft(String name, SiteKind kind, String city, String regionCode, String hostOrganization) {}
