package ma.cybercaravane.sessions.ui;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** A site and a planned 9-11 session written straight to the database, in any region (for pages that only read). */
final class StoryFixtures {

    static final String SITE_PREFIX = "Site fixture ";

    private final JdbcTemplate jdbc;

    StoryFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    UUID session(String region, UUID facilitator) {
        UUID site = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID installation = jdbc.queryForObject("select id from installation", UUID.class);
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.update("insert into site (id, installation_id, name, kind, city, region_code, created_at) values (?,?,?,?,?,?,?)",
                site, installation, SITE_PREFIX + site, "SCHOOL", "Ville", region, now);
        jdbc.update("insert into caravan_session (id, installation_id, site_id, region_code, starts_at, audience, mode, status, created_at, facilitator_id) "
                + "values (?,?,?,?,?,?,?,?,?,?)", session, installation, site, region, now.plusDays(2), "9-11", "LIVE", "PLANNED", now, facilitator);
        jdbc.update("insert into session_quiz (session_id, quiz_id, position) values (?,?,0)", session, "data-9-11");
        return session;
    }
}
