package ma.cybercaravane.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;

/**
 * A running session as the facilitator's console and the projector show it: the session and its live state,
 * its quizzes, who joined and how far they are, the answers to the live question, the help requests count.
 */
public record SessionRun(JoinableSession session, String place, OffsetDateTime startsAt, List<Quiz> quizzes,
                         List<Player> players, Distribution distribution, int helpRequests) {

    /** A device in the session: a child or a team (its size weighs its answers). Never a name, a nickname. */
    public record Player(UUID id, String nickname, String ageBand, int teamSize, String quizId, int round,
                         int answered, int total, OffsetDateTime lastActivity, boolean stuck) {
        public boolean finished() {
            return answered >= total;
        }
    }

    /**
     * Answers to one question: children per choice from devices (a team counts its size), raised hands per choice
     * typed by the facilitator, and how many devices answered.
     */
    public record Distribution(String quizId, int round, String questionId, Map<String, Integer> children,
                               Map<String, Integer> hands, int answers) {
        public int total(String choiceId) {
            return children.getOrDefault(choiceId, 0) + hands.getOrDefault(choiceId, 0);
        }

        public int total() {
            return children.values().stream().mapToInt(Integer::intValue).sum() + hands.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A place on the optional podium: accuracy only (places are shared on equal scores). */
    public record Place(int place, String nickname, int score) {}

    public UUID id() {
        return session.id();
    }

    public Optional<Quiz> liveQuiz() {
        return Optional.ofNullable(session.live()).flatMap(l -> quizzes.stream().filter(q -> q.id().equals(l.quizId())).findFirst());
    }

    /** The live question on screen (open or revealed), if any. */
    public Optional<Question> liveQuestion() {
        LiveState l = session.live();
        if (l == null || (l.phase() != LiveState.Phase.QUESTION && l.phase() != LiveState.Phase.REVEALED)) return Optional.empty();
        return liveQuiz().filter(q -> l.position() < q.questions().size()).map(q -> q.questions().get(l.position()));
    }

    public int children() {
        return players.stream().mapToInt(Player::teamSize).sum();
    }

    /** Devices playing the live quiz now (for "12 of 30 answered"). */
    public long liveDevices() {
        return liveQuiz().map(q -> players.stream().filter(p -> p.quizId().equals(q.id())).count()).orElse(0L);
    }
}
