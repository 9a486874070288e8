package ma.cybercaravane.sessions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Read side of sessions for children's devices: find a session by its join code, check it still takes answers. */
@Service
public class SessionLookup {

    private final JdbcTemplate jdbc;

    SessionLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<JoinableSession> byCode(String code) {
        if (code == null) return Optional.empty();
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        return jdbc.query("select id from caravan_session where join_code = ? order by created_at desc",
                        (rs, i) -> rs.getObject(1, UUID.class), normalized)
                .stream().findFirst().flatMap(this::byId);
    }

    public Optional<JoinableSession> byId(UUID id) {
        List<String> quizzes = jdbc.queryForList("select quiz_id from session_quiz where session_id = ? order by position",
                String.class, id);
        return jdbc.query("select id, join_code, status, mode, region_code from caravan_session where id = ?",
                (rs, i) -> new JoinableSession(rs.getObject(1, UUID.class), rs.getString(2),
                        JoinableSession.Status.valueOf(rs.getString(3)), JoinableSession.Mode.valueOf(rs.getString(4)),
                        quizzes, rs.getString(5)), id).stream().findFirst();
    }

    public boolean acceptsAnswers(UUID sessionId) {
        return byId(sessionId).map(JoinableSession::open).orElse(false);
    }
}
