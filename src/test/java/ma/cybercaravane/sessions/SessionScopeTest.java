package ma.cybercaravane.sessions;

import java.util.UUID;

import ma.cybercaravane.accounts.InvalidInput;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scopes hold in the services, whatever the screens show: a coordinator of Souss-Massa (09) reads, lists, edits
 * and plans nothing of Casablanca-Settat (06), even by id; a facilitator touches only their own sessions.
 */
@SpringBootTest
@ActiveProfiles("test")
class SessionScopeTest {

    @Autowired
    SiteService sites;
    @Autowired
    SessionPlanningService planning;
    @Autowired
    SessionMaterials materials;
    @Autowired
    JdbcTemplate jdbc;

    TestAccounts.Account admin, souss, casa, animA, animB, animCasa;
    Site site09, site06;
    UUID session09, session06;

    @BeforeEach
    void plan() {
        TestAccounts t = new TestAccounts(jdbc);
        admin = t.create("ADMIN", null);
        souss = t.create("COORDINATOR", "09");
        casa = t.create("COORDINATOR", "06");
        animA = t.create("FACILITATOR", "09");
        animB = t.create("FACILITATOR", "09");
        animCasa = t.create("FACILITATOR", "06");
        SessionFixtures f = new SessionFixtures(sites, planning);
        site09 = f.site(souss, "09");
        site06 = f.site(casa, "06");
        session09 = f.session(souss, site09, animA.id());
        session06 = f.session(casa, site06, animCasa.id());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aCoordinatorOfSoussMassaSeesNothingOfCasablancaSettat() {
        TestAccounts.signIn(souss);
        assertThat(planning.find(session06)).isEmpty();
        assertThat(planning.find(session09)).isPresent();
        assertThat(planning.list(SessionFilter.all())).extracting(SessionRow::id).contains(session09).doesNotContain(session06)
                .allSatisfy(id -> assertThat(planning.find(id).orElseThrow().regionCode()).isEqualTo("09"));
        assertThat(planning.list(new SessionFilter(null, null, "06", null, null, null))).isEmpty();
        assertThat(materials.documents(session06, Language.FR)).isEmpty();
        assertThat(sites.find(site06.id())).isEmpty();
        assertThat(sites.list()).extracting(Site::id).contains(site09.id()).doesNotContain(site06.id());
    }

    @Test
    void aCoordinatorOfSoussMassaChangesNothingOfCasablancaSettatEvenById() {
        TestAccounts.signIn(souss);
        assertRefused(() -> planning.update(session06, SessionFixtures.draft(site09.id(), null)), "session", "sessions.error.sessionNotFound");
        assertRefused(() -> planning.updateNotes(session06, "mine now"), "session", "sessions.error.sessionNotFound");
        assertRefused(() -> planning.plan(SessionFixtures.draft(site06.id(), null)), "siteId", "sessions.error.siteNotFound");
        assertRefused(() -> planning.update(session09, SessionFixtures.draft(site06.id(), null)), "siteId", "sessions.error.siteNotFound");
        assertRefused(() -> sites.update(site06.id(), new SiteDraft("Renamed", SiteKind.OTHER, "Casablanca", "06", null)), "site", "sessions.error.siteNotFound");
        assertRefused(() -> sites.create(new SiteDraft("Elsewhere", SiteKind.OTHER, "Casablanca", "06", null)), "regionCode", "sessions.error.regionNotYours");
        assertRefused(() -> sites.update(site09.id(), new SiteDraft("Moved", SiteKind.OTHER, "Casablanca", "06", null)), "regionCode", "sessions.error.regionNotYours");
        assertRefused(() -> planning.plan(SessionFixtures.draft(site09.id(), animCasa.id())), "facilitatorId", "sessions.error.facilitatorNotAllowed");
        assertThat(jdbc.queryForObject("select notes from caravan_session where id = ?", String.class, session06)).isNull();
        assertThat(jdbc.queryForObject("select name from site where id = ?", String.class, site06.id())).isEqualTo(site06.name());
    }

    @Test
    void aFacilitatorReadsAndEditsOnlyTheirOwnSessions() {
        TestAccounts.signIn(animB);
        assertThat(planning.find(session09)).isEmpty();
        assertThat(planning.list(SessionFilter.all())).extracting(SessionRow::id).doesNotContain(session09, session06);
        assertThat(materials.documents(session09, Language.AR)).isEmpty();
        assertRefused(() -> planning.update(session09, SessionFixtures.draft(site09.id(), animB.id())), "session", "sessions.error.sessionNotFound");
        assertRefused(() -> planning.updateNotes(session09, "not mine"), "session", "sessions.error.sessionNotFound");
        TestAccounts.signIn(animA);
        assertThat(planning.find(session09)).isPresent();
        assertThat(planning.list(SessionFilter.all())).extracting(SessionRow::id).contains(session09)
                .allSatisfy(id -> assertThat(planning.find(id).orElseThrow().facilitatorId()).isEqualTo(animA.id()));
        planning.updateNotes(session09, "Salle 3");
        assertThat(planning.find(session09).orElseThrow().notes()).isEqualTo("Salle 3");
    }

    @Test
    void aFacilitatorPlansForThemselfInTheirRegionOnly() {
        TestAccounts.signIn(animB);
        assertThat(sites.list()).extracting(Site::id).contains(site09.id()).doesNotContain(site06.id());
        Site own = sites.create(new SiteDraft("Maison des jeunes " + UUID.randomUUID(), SiteKind.COMMUNITY_CENTRE, "Tiznit", "09", null));
        UUID mine = planning.plan(SessionFixtures.draft(own.id(), null));
        assertThat(planning.find(mine).orElseThrow().facilitatorId()).isEqualTo(animB.id());
        assertRefused(() -> planning.plan(SessionFixtures.draft(site09.id(), animA.id())), "facilitatorId", "sessions.error.facilitatorNotAllowed");
        assertRefused(() -> planning.plan(SessionFixtures.draft(site06.id(), null)), "siteId", "sessions.error.siteNotFound");
        assertThatThrownBy(() -> sites.update(own.id(), new SiteDraft("Renamed", SiteKind.OTHER, "Tiznit", "09", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminSeesAndChangesEverything() {
        TestAccounts.signIn(admin);
        assertThat(planning.find(session06)).isPresent();
        assertThat(planning.find(session09)).isPresent();
        assertThat(planning.list(SessionFilter.all())).extracting(SessionRow::id).contains(session06, session09);
        assertThat(sites.list()).extracting(Site::id).contains(site06.id(), site09.id());
        assertRefused(() -> sites.update(site06.id(), new SiteDraft(site06.name(), SiteKind.SCHOOL, "Safi", "07", null)),
                "regionCode", "sessions.error.siteRegionLocked");
        planning.update(session06, SessionFixtures.draft(site06.id(), animA.id()));
        assertThat(planning.find(session06).orElseThrow().facilitatorName()).isEqualTo(animA.username());
    }

    @Test
    void nobodySignedInSeesNothing() {
        TestAccounts.signOut();
        assertThatThrownBy(() -> planning.find(session09)).isNotInstanceOf(InvalidInput.class);
        assertThatThrownBy(sites::list).isNotInstanceOf(InvalidInput.class);
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(x -> x.field() + ":" + x.key()).contains(field + ":" + key));
    }
}
