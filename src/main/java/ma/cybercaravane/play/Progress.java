package ma.cybercaravane.play;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.sessions.JoinableSession;
import ma.cybercaravane.sessions.LiveState;
import ma.cybercaravane.shared.Language;

/**
 * A device's place in its quiz, rebuilt from the stored answers and the session's state (so a reload, a new tab,
 * a restarted laptop resume exactly). {@code answers} are those of the current {@code round}.
 *
 * @param session the session the device joined, null for practice
 */
public record Progress(Quiz quiz, String nickname, Language language, JoinableSession session, int round, int teamSize,
                       List<Given> answers, OffsetDateTime startedAt) {

    public record Given(String questionId, Set<String> choiceIds, boolean correct) {}

    /** What the device shows. */
    public enum Screen {
        /** A question to answer. */
        QUESTION,
        /** Live: this device answered the open question and waits for the reveal. */
        ANSWERED,
        /** Live: the right answer and the explanation of the question. */
        REVEALED,
        /** Live: the facilitator has not opened a question of this quiz yet. */
        WAITING,
        /** Before/after: the "before" run is done, the "after" run comes at the end of the session. */
        WAITING_AFTER,
        /** All done: score and badge. */
        FINISHED,
        /** The session is closed: no answer is taken any more. */
        CLOSED
    }

    /** A screen, the question it is about (or null) and this device's answer to it (or null). */
    public record Step(Screen screen, Question question, Given given, int round) {
        /** Changes exactly when the device must show something else. */
        public String key() {
            return screen + ":" + round + ":" + (question == null ? "" : question.id());
        }
    }

    public UUID sessionId() {
        return session == null ? null : session.id();
    }

    public boolean acceptingAnswers() {
        return session == null || session.open();
    }

    public boolean liveMode() {
        return session != null && session.liveMode();
    }

    public Optional<Question> nextQuestion() {
        Set<String> done = answers.stream().map(Given::questionId).collect(Collectors.toSet());
        return quiz.questions().stream().filter(q -> !done.contains(q.id())).findFirst();
    }

    /** The same device after one more answer (what it will show next, without reading the database again). */
    public Progress withAnswer(Given answer) {
        List<Given> more = new java.util.ArrayList<>(answers);
        more.add(answer);
        return new Progress(quiz, nickname, language, session, round, teamSize, List.copyOf(more), startedAt);
    }

    public Optional<Given> given(String questionId) {
        return answers.stream().filter(a -> a.questionId().equals(questionId)).findFirst();
    }

    public Step step() {
        Optional<Question> next = nextQuestion();
        if (session == null) return next.map(q -> step(Screen.QUESTION, q)).orElse(step(Screen.FINISHED, null));
        if (!session.open()) return step(Screen.CLOSED, null);
        if (!session.liveMode()) {
            if (next.isPresent()) return step(Screen.QUESTION, next.get());
            boolean afterRunToCome = session.beforeAfter() && quiz.id().equals(session.firstQuizId()) && round == 0;
            return step(afterRunToCome ? Screen.WAITING_AFTER : Screen.FINISHED, null);
        }
        LiveState live = session.live();
        if (live == null || !live.quizId().equals(quiz.id()) || live.round() != round) {
            return step(answers.isEmpty() ? Screen.WAITING : Screen.FINISHED, null);
        }
        if (live.phase() == LiveState.Phase.WAITING) return step(Screen.WAITING, null);
        if (live.phase() == LiveState.Phase.FINISHED || live.position() >= quiz.questions().size()) return step(Screen.FINISHED, null);
        Question q = quiz.questions().get(live.position());
        Given given = given(q.id()).orElse(null);
        Screen screen = live.phase() == LiveState.Phase.REVEALED ? Screen.REVEALED : given != null ? Screen.ANSWERED : Screen.QUESTION;
        return new Step(screen, q, given, round);
    }

    private Step step(Screen screen, Question q) {
        return new Step(screen, q, null, round);
    }

    public boolean finished() {
        Screen s = step().screen();
        return s == Screen.FINISHED || s == Screen.CLOSED;
    }

    public int score() {
        return (int) answers.stream().filter(Given::correct).count();
    }

    public int total() {
        return quiz.questions().size();
    }

    public int percent() {
        return total() == 0 ? 0 : Math.round(100f * score() / total());
    }

    public Badge badge() {
        return Badge.of(percent());
    }

    public boolean practice() {
        return session == null;
    }
}
