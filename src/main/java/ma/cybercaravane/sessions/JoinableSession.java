package ma.cybercaravane.sessions;

import java.util.List;
import java.util.UUID;

/** What the child's side needs to know about a caravan session it joins or answers in. */
public record JoinableSession(UUID id, String code, Status status, Mode mode, List<String> quizIds, String regionCode) {

    public enum Status { PLANNED, OPEN, CLOSED }

    public enum Mode { LIVE, SELF_PACED }

    public boolean open() {
        return status == Status.OPEN;
    }
}
