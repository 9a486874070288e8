package ma.cybercaravane.sessions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Read side of sessions for children's devices: find a session by its join code, read its live state, check it
 * still takes answers. Anonymous on purpose: a child knows a code or holds a participant token, nothing more.
 */
@Service
public class SessionLookup {

    private final JdbcTemplate jdbc;

    SessionLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The session a code opens: the open one first (codes are unique among open sessions), else the latest. */
    public Optional<JoinableSession> byCode(String code) {
        if (code == null || code.isBlank() || code.length() > 20) return Optional.empty();
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        return jdbc.query("select id from caravan_session where join_code = ? "
                                + "order by case when status = 'OPEN' then 0 else 1 end, opened_at desc, created_at desc",
                        (rs, i) -> rs.getObject(1, UUID.class), normalized)
                .stream().findFirst().flatMap(this::byId);
    }

    public Optional<JoinableSession> byId(UUID id) {
        if (id == null) return Optional.empty();
        List<String> quizzes = jdbc.queryForList("select quiz_id from session_quiz where session_id = ? order by position, quiz_id",
                String.class, id);
        return jdbc.query("select id, join_code, status, mode, region_code, before_after, podium, live_round, "
                        + "live_quiz_id, live_position, live_phase from caravan_session where id = ?",
                (rs, i) -> {
                    int round = rs.getInt(8);
                    String liveQuiz = rs.getString(9);
                    String phase = rs.getString(11);
                    LiveState live = liveQuiz == null || phase == null ? null
                            : new LiveState(liveQuiz, round, rs.getInt(10), LiveState.Phase.valueOf(phase));
                    return new JoinableSession(rs.getObject(1, UUID.class), rs.getString(2),
                            JoinableSession.Status.valueOf(rs.getString(3)), JoinableSession.Mode.valueOf(rs.getString(4)),
                            quizzes, rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), round, live);
                }, id).stream().findFirst();
    }

    public boolean acceptsAnswers(UUID sessionId) {
        return byId(sessionId).map(JoinableSession::open).orElse(false);
    }
}
