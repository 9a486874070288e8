package ma.cybercaravane.play;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer, stored the moment it is given; (participant, quiz, round, question) is unique in the database. */
@Entity
@Table(name = "answer")
class Answer {

    @Id
    private UUID id;
    @Column(name = "installation_id", nullable = false)
    private UUID installationId;
    @Column(name = "participant_id", nullable = false)
    private UUID participantId;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "quiz_id", nullable = false)
    private String quizId;
    @Column(name = "quiz_version", nullable = false)
    private int quizVersion;
    @Column(name = "question_id", nullable = false)
    private String questionId;
    @Column(nullable = false)
    private short round;
    @Column(name = "choice_ids", nullable = false)
    private String choiceIds;
    @Column(nullable = false)
    private boolean correct;
    @Column(name = "time_ms", nullable = false)
    private int timeMs;
    @Column(name = "answered_at", nullable = false)
    private OffsetDateTime answeredAt;

    protected Answer() {}

    Answer(UUID installationId, UUID participantId, UUID sessionId, String quizId, int quizVersion, String questionId,
           int round, Set<String> choiceIds, boolean correct, int timeMs) {
        this.id = UUID.randomUUID();
        this.installationId = installationId;
        this.participantId = participantId;
        this.sessionId = sessionId;
        this.quizId = quizId;
        this.quizVersion = quizVersion;
        this.questionId = questionId;
        this.round = (short) round;
        this.choiceIds = String.join(",", new TreeSet<>(choiceIds));
        this.correct = correct;
        this.timeMs = timeMs;
        this.answeredAt = OffsetDateTime.now();
    }

    /** The insert of the answering path (plain SQL: no entity bookkeeping for 300 phones answering at once). */
    static final String INSERT = "insert into answer (id, installation_id, participant_id, session_id, quiz_id, quiz_version, "
            + "question_id, round, choice_ids, correct, time_ms, answered_at) values (?,?,?,?,?,?,?,?,?,?,?,?)";

    /** The values of {@link #INSERT}, in order. */
    Object[] row() {
        return new Object[] {id, installationId, participantId, sessionId, quizId, quizVersion, questionId, round, choiceIds, correct,
                timeMs, answeredAt};
    }

    String questionId() { return questionId; }

    boolean correct() { return correct; }

    Set<String> choiceIds() {
        return choiceIds.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(choiceIds.split(",")));
    }
}
