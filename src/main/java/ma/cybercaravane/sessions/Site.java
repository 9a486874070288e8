package ma.cybercaravane.sessions;

import java.util.UUID;

/** A place the caravan stops at: a school, a company site, a community centre; in a city of one region. */
public record Site(UUID id, String name, SiteKind kind, String city, String regionCode, String hostOrganization) {}
