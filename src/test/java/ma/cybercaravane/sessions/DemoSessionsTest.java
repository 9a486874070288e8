package ma.cybercaravane.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.shared.Installation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev profile's demo: one school in Agadir and one planned 9-11 session for "anim", seeded once however often it starts. */
@SpringBootTest
@ActiveProfiles("test")
class DemoSessionsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Installation installation;
    @Autowired
    ContentService content;

    @Test
    void theDemoSiteAndSessionAreSeededOnce() {
        if (jdbc.queryForList("select id from app_user where username = 'anim'").isEmpty()) {
            jdbc.update("insert into app_user (id, username, display_name, password_hash, role, region_code, enabled, failed_logins, created_at) "
                    + "values (?, 'anim', 'Animatrice (démo)', '{noop}x', 'FACILITATOR', '09', true, 0, ?)", UUID.randomUUID(), OffsetDateTime.now());
        }
        UUID anim = jdbc.queryForObject("select id from app_user where username = 'anim'", UUID.class);
        DemoSessions demo = new DemoSessions(jdbc, installation, content);
        demo.seed();
        demo.seed();
        List<UUID> sites = jdbc.queryForList("select id from site where name = ? and city = ? and region_code = '09'", UUID.class,
                DemoSessions.SITE_NAME, DemoSessions.CITY);
        assertThat(sites).hasSize(1);
        List<Map<String, Object>> sessions = jdbc.queryForList("select * from caravan_session where site_id = ?", sites.getFirst());
        assertThat(sessions).hasSize(1);
        Map<String, Object> s = sessions.getFirst();
        assertThat(s).containsEntry("STATUS", "PLANNED").containsEntry("REGION_CODE", "09").containsEntry("AUDIENCE", "9-11")
                .containsEntry("FACILITATOR_ID", anim).containsEntry("INSTALLATION_ID", installation.id());
        assertThat(jdbc.queryForList("select quiz_id from session_quiz where session_id = ?", String.class, s.get("ID")))
                .containsExactly(DemoSessions.QUIZ);
    }
}
