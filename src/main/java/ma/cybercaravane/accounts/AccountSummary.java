package ma.cybercaravane.accounts;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An organizer account as the admin's list shows it (never the password hash). */
public record AccountSummary(UUID id, String username, String displayName, Role role, String regionCode,
                             boolean enabled, boolean locked, OffsetDateTime createdAt) {}
