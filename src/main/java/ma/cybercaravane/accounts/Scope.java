package ma.cybercaravane.accounts;

import java.util.Optional;
import java.util.UUID;

/**
 * What an organizer may see: everything (admin), one region (coordinator), or their own sessions (facilitator).
 * Services and queries filter with it; hiding buttons is never the protection.
 */
public record Scope(UUID userId, Role role, String regionCode) {

    public boolean national() {
        return role == Role.ADMIN;
    }

    /** The region every query must be limited to; empty for admins. */
    public Optional<String> region() {
        return role == Role.ADMIN ? Optional.empty() : Optional.ofNullable(regionCode);
    }

    /** For facilitators: only their own sessions. */
    public Optional<UUID> facilitator() {
        return role == Role.FACILITATOR ? Optional.of(userId) : Optional.empty();
    }

    public boolean covers(String sessionRegion, UUID sessionFacilitator) {
        return switch (role) {
            case ADMIN -> true;
            case COORDINATOR -> regionCode != null && regionCode.equals(sessionRegion);
            case FACILITATOR -> userId.equals(sessionFacilitator);
        };
    }
}
