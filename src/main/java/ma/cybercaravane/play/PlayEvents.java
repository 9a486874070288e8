package ma.cybercaravane.play;

import java.util.UUID;

/** Events other features listen to (the facilitator's live screens), published after the data is stored. */
public final class PlayEvents {

    private PlayEvents() {}

    /** A child joined a session. */
    public record ParticipantJoined(UUID sessionId, UUID participantId, String nickname, String ageBand) {}

    /** An answer was stored (never published for a refused or duplicate answer). */
    public record AnswerStored(UUID sessionId, UUID participantId, String quizId, String questionId, boolean correct) {}

    /** "I need help" was pressed; the nickname travels only in memory to the facilitator's screen, it is not stored. */
    public record HelpRequested(UUID sessionId, String nickname) {}

    /** An answer could not be written (disk full, database down): facilitators' screens show an alert. */
    public record StorageFailed(java.time.Instant at) {}
}
