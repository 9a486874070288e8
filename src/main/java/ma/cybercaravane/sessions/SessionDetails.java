package ma.cybercaravane.sessions;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import ma.cybercaravane.content.AgeBand;

/**
 * Everything about one session, as its page shows it. {@code site} is null for a session made without one;
 * {@code facilitatorName} is null when no facilitator is assigned.
 */
public record SessionDetails(UUID id, OffsetDateTime startsAt, Site site, String regionCode, List<AgeBand> audience,
                             List<PlannedQuiz> quizzes, JoinableSession.Mode mode, boolean beforeAfter, boolean podium,
                             UUID facilitatorId, String facilitatorName, JoinableSession.Status status, String joinCode,
                             String notes, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** Only a planned session can be changed (notes excepted). */
    public boolean editable() {
        return status == JoinableSession.Status.PLANNED;
    }

    public boolean parents() {
        return audience.contains(AgeBand.PARENTS);
    }

    public LocalDateTime localStart() {
        return startsAt.atZoneSameInstant(SessionPlanningService.ZONE).toLocalDateTime();
    }

    /** The session as a draft, to edit it. */
    public SessionDraft toDraft() {
        return new SessionDraft(localStart(), site == null ? null : site.id(),
                audience.isEmpty() ? EnumSet.noneOf(AgeBand.class) : EnumSet.copyOf(audience),
                quizzes.stream().map(PlannedQuiz::id).toList(), mode, beforeAfter, podium, facilitatorId, notes);
    }
}
