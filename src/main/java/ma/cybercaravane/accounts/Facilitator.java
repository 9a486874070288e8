package ma.cybercaravane.accounts;

import java.util.UUID;

/** A facilitator a planner may put in charge of a session. */
public record Facilitator(UUID id, String displayName, String regionCode) {}
