package ma.cybercaravane.sessions;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What happens in a running session, published as Spring application events after the data is stored (the
 * children's side publishes the first four, this module the others). {@link SessionFeed} hands them to the
 * screens that follow the session: the facilitator's console, the projector, the children's devices.
 * They live here, not in {@code play}, because {@code sessions} must never depend on {@code play}.
 */
public sealed interface SessionActivity {

    /** The session this is about; null only for a storage failure whose session is unknown. */
    UUID sessionId();

    /** A child (or a team on one device) joined. */
    record ParticipantJoined(UUID sessionId, UUID participantId, String nickname, String ageBand, int teamSize)
            implements SessionActivity {}

    /** An answer was stored (never published for a refused or a repeated answer). */
    record AnswerStored(UUID sessionId, UUID participantId, String quizId, int round, String questionId,
                        Set<String> choiceIds, boolean correct) implements SessionActivity {}

    /** "I need help" was pressed: the nickname travels only in memory to the facilitator's screen, it is never stored. */
    record HelpRequested(UUID sessionId, String nickname) implements SessionActivity {}

    /** An answer could not be written (disk full, database down); the session is null when it could not be read. */
    record StorageFailed(UUID sessionId, Instant at) implements SessionActivity {}

    /** The session was opened or closed, or its live run or round moved: devices show the new state. */
    record StateChanged(UUID sessionId) implements SessionActivity {}

    /** The facilitator typed or corrected a show-of-hands count. */
    record HandsCounted(UUID sessionId, String quizId, int round, String questionId) implements SessionActivity {}
}
