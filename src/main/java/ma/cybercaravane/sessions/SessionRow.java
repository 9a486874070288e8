package ma.cybercaravane.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import ma.cybercaravane.content.AgeBand;

/** One line of the sessions list. Site fields are null for a session made without a site. */
public record SessionRow(UUID id, OffsetDateTime startsAt, String siteName, String city, String regionCode,
                         List<AgeBand> audience, JoinableSession.Mode mode, JoinableSession.Status status,
                         UUID facilitatorId, String facilitatorName) {}
