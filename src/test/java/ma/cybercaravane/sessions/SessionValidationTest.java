package ma.cybercaravane.sessions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ma.cybercaravane.accounts.InvalidInput;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.shared.Installation;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static ma.cybercaravane.content.AgeBand.AGE_6_8;
import static ma.cybercaravane.content.AgeBand.AGE_9_11;
import static ma.cybercaravane.content.AgeBand.PARENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Planning checks every field with its own message, stores what was planned, and lists it back with filters. */
@SpringBootTest
@ActiveProfiles("test")
class SessionValidationTest {

    @Autowired
    SiteService sites;
    @Autowired
    SessionPlanningService planning;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Installation installation;

    TestAccounts.Account coordinator;
    Site site;
    SessionDraft ok;

    @BeforeEach
    void setUp() {
        coordinator = new TestAccounts(jdbc).create("COORDINATOR", "09");
        site = new SessionFixtures(sites, planning).site(coordinator, "09");
        ok = SessionFixtures.draft(site.id(), null);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void eachFieldHasItsOwnError() {
        SessionDraft d = ok;
        assertError(new SessionDraft(null, d.siteId(), d.audience(), d.quizIds(), d.mode(), false, false, null, null), "startsAt", "accounts.input.required");
        assertError(new SessionDraft(LocalDateTime.of(2020, 5, 1, 9, 0), d.siteId(), d.audience(), d.quizIds(), d.mode(), false, false, null, null), "startsAt", "sessions.error.dateRange");
        assertError(new SessionDraft(LocalDateTime.now().plusYears(4), d.siteId(), d.audience(), d.quizIds(), d.mode(), false, false, null, null), "startsAt", "sessions.error.dateRange");
        assertError(new SessionDraft(d.startsAt(), null, d.audience(), d.quizIds(), d.mode(), false, false, null, null), "siteId", "accounts.input.required");
        assertError(new SessionDraft(d.startsAt(), UUID.randomUUID(), d.audience(), d.quizIds(), d.mode(), false, false, null, null), "siteId", "sessions.error.siteNotFound");
        assertError(SessionFixtures.with(d, Set.of(), d.quizIds(), false, false), "audience", "sessions.error.audienceRequired");
        assertError(SessionFixtures.with(d, d.audience(), List.of(), false, false), "quizIds", "sessions.error.quizRequired");
        assertError(SessionFixtures.with(d, d.audience(), List.of("no-such-quiz"), false, false), "quizIds", "sessions.error.quizUnknown");
        assertError(SessionFixtures.with(d, d.audience(), List.of("data-6-8"), false, false), "quizIds", "sessions.error.quizNotForAudience");
        assertError(SessionFixtures.with(d, d.audience(), List.of("data-9-11", "data-9-11"), false, false), "quizIds", "sessions.error.quizTwice");
        assertError(SessionFixtures.with(d, d.audience(), List.of("data-9-11", "scams-9-11", "help-9-11", "devices-9-11", "kindness-9-11",
                "contacts-9-11", "wellbeing-9-11"), false, false), "quizIds", "sessions.error.tooManyQuizzes");
        assertError(new SessionDraft(d.startsAt(), d.siteId(), d.audience(), d.quizIds(), null, false, false, null, null), "mode", "accounts.input.required");
        assertError(SessionFixtures.with(d, EnumSet.of(PARENTS), List.of("parents-essentials"), true, false), "beforeAfter", "sessions.error.beforeAfterTooLong");
        assertError(SessionFixtures.with(d, EnumSet.of(AGE_6_8, AGE_9_11), List.of("data-6-8"), false, true), "podium", "sessions.error.podiumYoungest");
        assertError(new SessionDraft(d.startsAt(), d.siteId(), d.audience(), d.quizIds(), d.mode(), false, false, UUID.randomUUID(), null), "facilitatorId", "sessions.error.facilitatorNotAllowed");
        assertError(new SessionDraft(d.startsAt(), d.siteId(), d.audience(), d.quizIds(), d.mode(), false, false, null, "n".repeat(2001)), "notes", "accounts.input.tooLong");
        assertError(new SessionDraft(d.startsAt(), d.siteId(), d.audience(), d.quizIds(), d.mode(), false, false, null, "bell\u0007"), "notes", "accounts.input.control");
    }

    @Test
    void theBeforeAfterMessageSaysHowLongTheQuizIsAndWhatIsAllowed() {
        TestAccounts.signIn(coordinator);
        InvalidInput e = catchInvalid(() -> planning.plan(SessionFixtures.with(ok, EnumSet.of(PARENTS), List.of("parents-essentials"), true, false)));
        assertThat(e.on("beforeAfter").orElseThrow().args()).containsExactly("parents-essentials", 10, SessionPlanningService.MAX_BEFORE_AFTER_QUESTIONS);
    }

    @Test
    void aPlannedSessionIsStoredAsPlanned() {
        TestAccounts.signIn(coordinator);
        LocalDateTime when = LocalDateTime.of(LocalDate.now().plusMonths(1).getYear(), LocalDate.now().plusMonths(1).getMonth(), 12, 14, 30);
        UUID id = planning.plan(new SessionDraft(when, site.id(), EnumSet.of(PARENTS, AGE_9_11), List.of("kindness-9-11", "parents-essentials"),
                JoinableSession.Mode.SELF_PACED, true, true, null, "Première ligne\nسطر ثاني 🌟"));
        Map<String, Object> row = jdbc.queryForMap("select * from caravan_session where id = ?", id);
        assertThat(row.get("AUDIENCE")).isEqualTo("9-11,parents");
        assertThat(row.get("REGION_CODE")).isEqualTo("09");
        assertThat(row.get("STATUS")).isEqualTo("PLANNED");
        assertThat(row.get("MODE")).isEqualTo("SELF_PACED");
        assertThat(row.get("BEFORE_AFTER")).isEqualTo(true);
        assertThat(row.get("PODIUM")).isEqualTo(true);
        assertThat(row.get("INSTALLATION_ID")).isEqualTo(installation.id());
        assertThat(row.get("CREATED_AT")).isNotNull();
        assertThat(row.get("UPDATED_AT")).isNotNull();
        assertThat(jdbc.queryForList("select quiz_id from session_quiz where session_id = ? order by position", String.class, id))
                .containsExactly("kindness-9-11", "parents-essentials");
        SessionDetails details = planning.find(id).orElseThrow();
        assertThat(details.localStart()).isEqualTo(when);
        assertThat(details.site()).isEqualTo(site);
        assertThat(details.audience()).containsExactly(AGE_9_11, PARENTS);
        assertThat(details.notes()).isEqualTo("Première ligne\nسطر ثاني 🌟");
        assertThat(details.toDraft().quizIds()).containsExactly("kindness-9-11", "parents-essentials");
    }

    @Test
    void onlyAPlannedSessionChangesButNotesAlwaysDo() {
        TestAccounts.signIn(coordinator);
        UUID id = planning.plan(ok);
        planning.update(id, SessionFixtures.with(ok, EnumSet.of(AGE_9_11), List.of("help-9-11", "data-9-11"), true, false));
        assertThat(planning.find(id).orElseThrow().quizzes()).extracting(PlannedQuiz::id).containsExactly("help-9-11", "data-9-11");
        jdbc.update("update caravan_session set status = 'OPEN' where id = ?", id);
        assertThatThrownBy(() -> planning.update(id, ok)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.on("status").orElseThrow().key()).isEqualTo("sessions.error.notPlanned"));
        assertThat(planning.find(id).orElseThrow().quizzes()).hasSize(2);
        planning.updateNotes(id, "Ouverte à 9 h 10");
        assertThat(planning.find(id).orElseThrow().notes()).isEqualTo("Ouverte à 9 h 10");
    }

    @Test
    void theListFiltersByPeriodStatusFacilitatorAndText() {
        TestAccounts.Account anim = new TestAccounts(jdbc).create("FACILITATOR", "09");
        TestAccounts.signIn(coordinator);
        String marker = "Zx" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = LocalDate.now().plusYears(1);
        UUID planned = planning.plan(new SessionDraft(day.atTime(9, 0), site.id(), EnumSet.of(AGE_9_11),
                List.of("data-9-11"), JoinableSession.Mode.LIVE, false, false, anim.id(), "100% " + marker));
        UUID closed = planning.plan(new SessionDraft(day.plusDays(1).atTime(9, 0), site.id(), EnumSet.of(AGE_9_11),
                List.of("data-9-11"), JoinableSession.Mode.LIVE, false, false, null, marker));
        jdbc.update("update caravan_session set status = 'CLOSED' where id = ?", closed);
        assertThat(ids(new SessionFilter(null, null, null, null, null, marker))).containsExactlyInAnyOrder(planned, closed);
        assertThat(ids(new SessionFilter(null, null, null, JoinableSession.Status.CLOSED, null, marker))).containsExactly(closed);
        assertThat(ids(new SessionFilter(day, day, null, null, null, marker))).containsExactly(planned);
        assertThat(ids(new SessionFilter(null, null, null, null, anim.id(), marker))).containsExactly(planned);
        assertThat(ids(new SessionFilter(null, null, null, null, null, "100% " + marker))).containsExactly(planned);
        assertThat(ids(new SessionFilter(null, null, null, null, null, "1_0% " + marker))).isEmpty();
        assertThat(ids(new SessionFilter(null, null, null, null, null, site.name().toUpperCase()))).contains(planned, closed);
        assertThat(ids(new SessionFilter(null, null, null, null, null, "ecole " + site.name().substring("École ".length())))).contains(planned, closed);
        assertThat(SessionPlanningService.fold("مَدْرَسَة École")).isEqualTo(SessionPlanningService.fold("مدرسة ECOLE"));
        assertThat(planning.list(new SessionFilter(null, null, null, null, anim.id(), marker)).getFirst().facilitatorName()).isEqualTo(anim.username());
    }

    private List<UUID> ids(SessionFilter filter) {
        return planning.list(filter).stream().map(SessionRow::id).toList();
    }

    private void assertError(SessionDraft draft, String field, String key) {
        TestAccounts.signIn(coordinator);
        InvalidInput e = catchInvalid(() -> planning.plan(draft));
        assertThat(e.errors()).as(field).extracting(x -> x.field() + ":" + x.key()).contains(field + ":" + key);
    }

    private static InvalidInput catchInvalid(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            return e;
        }
        throw new AssertionError("accepted");
    }
}
