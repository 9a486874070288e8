package ma.cybercaravane.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.shared.Installation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for the "dev" profile only, after the demo accounts: one site in Souss-Massa and one planned session
 * in the hands of the demo facilitator {@code anim}, so a first run shows something. Seeds once.
 */
@Component
@Profile("dev")
class DemoSessions {

    private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);
    static final String SITE_NAME = "École Al Amal";
    static final String CITY = "Agadir";
    static final String REGION = "09";
    static final String QUIZ = "data-9-11";

    private final JdbcTemplate jdbc;
    private final Installation installation;
    private final ContentService content;

    DemoSessions(JdbcTemplate jdbc, Installation installation, ContentService content) {
        this.jdbc = jdbc;
        this.installation = installation;
        this.content = content;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void seed() {
        List<UUID> facilitator = jdbc.queryForList("select id from app_user where username = 'anim'", UUID.class);
        if (facilitator.isEmpty() || content.quiz(QUIZ).isEmpty()) return;
        OffsetDateTime now = OffsetDateTime.now();
        List<UUID> sites = jdbc.queryForList("select id from site where name = ? and city = ? and region_code = ?", UUID.class, SITE_NAME, CITY, REGION);
        UUID site = sites.isEmpty() ? UUID.randomUUID() : sites.getFirst();
        if (sites.isEmpty()) {
            jdbc.update("insert into site (id, installation_id, name, kind, city, region_code, host_organization, created_at, updated_at) values (?,?,?,?,?,?,?,?,?)",
                    site, installation.id(), SITE_NAME, SiteKind.SCHOOL.name(), CITY, REGION, "Association des parents d’élèves (démo)", now, now);
        }
        Integer sessions = jdbc.queryForObject("select count(*) from caravan_session where site_id = ?", Integer.class, site);
        if (sessions != null && sessions > 0) return;
        UUID id = UUID.randomUUID();
        OffsetDateTime startsAt = LocalDate.now(SessionPlanningService.ZONE).plusDays(7).atTime(LocalTime.of(10, 0))
                .atZone(SessionPlanningService.ZONE).toOffsetDateTime();
        jdbc.update("insert into caravan_session (id, installation_id, site_id, region_code, starts_at, audience, mode, status, notes, "
                        + "created_at, updated_at, facilitator_id, before_after, podium) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                id, installation.id(), site, REGION, startsAt, "9-11", JoinableSession.Mode.LIVE.name(), JoinableSession.Status.PLANNED.name(),
                "Session de démonstration (profil dev).", now, now, facilitator.getFirst(), true, false);
        jdbc.update("insert into session_quiz (session_id, quiz_id, position) values (?,?,?)", id, QUIZ, 0);
        log.warn("DEMO site '{}' ({}) and a planned session for 'anim' created (dev profile).", SITE_NAME, CITY);
    }
}
