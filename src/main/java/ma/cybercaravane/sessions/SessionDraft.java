package ma.cybercaravane.sessions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ma.cybercaravane.content.AgeBand;

/**
 * What a planner types for a caravan session. {@code startsAt} is Moroccan local time
 * ({@link SessionPlanningService#ZONE}); quizzes are in playing order; a null facilitator means "not yet
 * chosen" (a facilitator planning a session is always put in charge of it).
 */
public record SessionDraft(LocalDateTime startsAt, UUID siteId, Set<AgeBand> audience, List<String> quizIds,
                           JoinableSession.Mode mode, boolean beforeAfter, boolean podium, UUID facilitatorId, String notes) {}
