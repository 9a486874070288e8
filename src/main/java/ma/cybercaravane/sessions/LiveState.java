package ma.cybercaravane.sessions;

/**
 * Where a live (facilitator-paced) run stands: which quiz, which round (0, or 1 for the "after" run of a
 * before/after session), which question (position in the quiz) and what the devices show. Stored in the
 * {@code live_*} columns of {@code caravan_session}, so a restarted laptop resumes at the same question.
 */
public record LiveState(String quizId, int round, int position, Phase phase) {

    public enum Phase {
        /** The lobby: the quiz is chosen, no question is open yet. */
        WAITING,
        /** The question at {@code position} is on every screen and takes answers. */
        QUESTION,
        /** Answers are closed; the right answer and the explanation are shown. */
        REVEALED,
        /** The last question was revealed. */
        FINISHED
    }

    public boolean open(String quizId, int round, int position) {
        return phase == Phase.QUESTION && this.quizId.equals(quizId) && this.round == round && this.position == position;
    }

    /** A short key that changes whenever the screens must change. */
    public String key() {
        return quizId + "/" + round + "/" + position + "/" + phase;
    }
}
