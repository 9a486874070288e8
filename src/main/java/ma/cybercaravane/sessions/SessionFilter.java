package ma.cybercaravane.sessions;

import java.time.LocalDate;
import java.util.UUID;

/** Filters of the sessions list; every null field means "any". Dates are Moroccan calendar days, both included. */
public record SessionFilter(LocalDate from, LocalDate to, String regionCode, JoinableSession.Status status,
                            UUID facilitatorId, String text) {

    public static SessionFilter all() {
        return new SessionFilter(null, null, null, null, null, null);
    }

    public SessionFilter withStatus(JoinableSession.Status s) {
        return new SessionFilter(from, to, regionCode, s, facilitatorId, text);
    }
}
