package ma.cybercaravane.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Planned caravan sessions for tests, written straight to the database as the planning screens would (status
 * PLANNED, a site in the region, the session's quizzes in order): tests of running a session do not depend on
 * the planning forms. Fresh ids every call; the shared test database is never assumed empty.
 */
public final class PlannedSessions {

    private final JdbcTemplate jdbc;
    private final UUID installationId;

    public PlannedSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.installationId = jdbc.queryForList("select id from installation", UUID.class).getFirst();
    }

    /** What to plan; {@code audience} is the bands of the quizzes unless given. */
    public record Plan(String mode, String region, UUID facilitator, boolean beforeAfter, boolean podium, List<String> quizIds) {
        public static Plan live(String region, UUID facilitator, String... quizIds) {
            return new Plan("LIVE", region, facilitator, false, false, List.of(quizIds));
        }

        public static Plan selfPaced(String region, UUID facilitator, String... quizIds) {
            return new Plan("SELF_PACED", region, facilitator, false, false, List.of(quizIds));
        }

        public Plan beforeAndAfter() {
            return new Plan(mode, region, facilitator, true, podium, quizIds);
        }

        public Plan withPodium() {
            return new Plan(mode, region, facilitator, beforeAfter, true, quizIds);
        }
    }

    public UUID create(Plan plan) {
        UUID site = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.update("insert into site (id, installation_id, name, kind, city, region_code, host_organization, created_at) values (?,?,?,?,?,?,?,?)",
                site, installationId, "École test " + site.toString().substring(0, 6), "SCHOOL", "Agadir", plan.region(), "Association", now);
        UUID id = UUID.randomUUID();
        String audience = String.join(",", plan.quizIds().stream().map(q -> q.substring(q.indexOf('-') + 1)).distinct().toList());
        jdbc.update("insert into caravan_session (id, installation_id, site_id, region_code, starts_at, audience, mode, status, "
                        + "created_at, facilitator_id, before_after, podium) values (?,?,?,?,?,?,?,'PLANNED',?,?,?,?)",
                id, installationId, site, plan.region(), now, audience, plan.mode(), now, plan.facilitator(), plan.beforeAfter(), plan.podium());
        int position = 0;
        for (String quiz : plan.quizIds()) {
            jdbc.update("insert into session_quiz (session_id, quiz_id, position) values (?,?,?)", id, quiz, position++);
        }
        return id;
    }
}
