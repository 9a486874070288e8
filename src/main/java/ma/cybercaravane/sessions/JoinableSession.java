package ma.cybercaravane.sessions;

import java.util.List;
import java.util.UUID;

/**
 * What the child's side needs to know about a caravan session it joins or answers in.
 *
 * @param round the current round: 0, or 1 once the facilitator started the "after" run of a before/after session
 * @param live  the live run (LIVE sessions once opened), else null
 */
public record JoinableSession(UUID id, String code, Status status, Mode mode, List<String> quizIds, String regionCode,
                              boolean beforeAfter, boolean podium, int round, LiveState live) {

    public enum Status { PLANNED, OPEN, CLOSED }

    public enum Mode { LIVE, SELF_PACED }

    public boolean open() {
        return status == Status.OPEN;
    }

    public boolean liveMode() {
        return mode == Mode.LIVE;
    }

    /** The quiz a before/after session runs twice (its first quiz). */
    public String firstQuizId() {
        return quizIds.isEmpty() ? null : quizIds.getFirst();
    }

    /** The round a participant of this quiz plays now: only the first quiz of a before/after session has a round 1. */
    public int roundFor(String quizId) {
        return beforeAfter && quizId.equals(firstQuizId()) ? round : 0;
    }

    /**
     * Whether an answer to the question at {@code position} of {@code quizId} in {@code round} is taken now:
     * the session is open, the round is the current one, and in live mode that very question is open.
     */
    public boolean accepts(String quizId, int round, int position) {
        if (!open() || round != roundFor(quizId)) return false;
        return !liveMode() || (live != null && live.open(quizId, round, position));
    }
}
