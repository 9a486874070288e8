package ma.cybercaravane.sessions;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import ma.cybercaravane.accounts.AccountChange;
import ma.cybercaravane.accounts.AccountService;
import ma.cybercaravane.accounts.AccountSummary;
import ma.cybercaravane.accounts.InvalidInput;
import ma.cybercaravane.accounts.NewAccount;
import ma.cybercaravane.accounts.Role;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every text field of every organizer form (sites, session planning, session notes, accounts): emoji and
 * mixed-direction text come back exactly as typed; overlong, empty-when-required and control-character input is
 * refused with that field's error, and nothing is stored.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the fields need the services to make their site, session and accounts
class OrganizerFormsTest {

    static final List<String> KEPT_EXACTLY = List.of(
            "مدرسة Ibn Battouta 🌟",
            "ⵜⴰⵎⴰⵣⵉⵖⵜ · English · العربية 👨‍👩‍👧‍👦",
            "Aït Baha (آيت باها) – site 2 « cimenterie »",
            "\u200Fمركز\u200E 12 + كلمة");

    static final List<String> CONTROL = List.of("null\u0000char", "esc\u001B[31mred", "\u202Eevil override", "bell\u0007", "nel\u0085");

    /** One text field: how to store a value through its service and read back what was stored. */
    record FormField(String name, String field, int max, boolean required, boolean multiline, Function<String, String> store) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    SiteService sites;
    @Autowired
    SessionPlanningService planning;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    Stream<Arguments> fields() {
        TestAccounts t = new TestAccounts(jdbc);
        TestAccounts.Account coordinator = t.create("COORDINATOR", "09");
        TestAccounts.Account admin = t.create("ADMIN", null);
        TestAccounts.signIn(coordinator);
        Site site = sites.create(new SiteDraft("Site " + UUID.randomUUID(), SiteKind.SCHOOL, "Agadir", "09", null));
        UUID session = planning.plan(SessionFixtures.draft(site.id(), null));
        List<FormField> all = List.of(
                new FormField("site name", "name", SiteService.MAX_NAME, true, false, v -> {
                    TestAccounts.signIn(coordinator);
                    return sites.find(sites.create(new SiteDraft(v, SiteKind.SCHOOL, "City " + UUID.randomUUID(), "09", null)).id()).orElseThrow().name();
                }),
                new FormField("site city", "city", SiteService.MAX_CITY, true, false, v -> {
                    TestAccounts.signIn(coordinator);
                    return sites.find(sites.create(new SiteDraft("Site " + UUID.randomUUID(), SiteKind.OTHER, v, "09", null)).id()).orElseThrow().city();
                }),
                new FormField("site host organization", "hostOrganization", SiteService.MAX_HOST, false, false, v -> {
                    TestAccounts.signIn(coordinator);
                    return sites.find(sites.create(new SiteDraft("Site " + UUID.randomUUID(), SiteKind.COMPANY_SITE, "Safi", "09", v)).id()).orElseThrow().hostOrganization();
                }),
                new FormField("site name when edited", "name", SiteService.MAX_NAME, true, false, v -> {
                    TestAccounts.signIn(coordinator);
                    sites.update(site.id(), new SiteDraft(v, SiteKind.SCHOOL, "Agadir", "09", null));
                    return sites.find(site.id()).orElseThrow().name();
                }),
                new FormField("session notes when planned", "notes", SessionPlanningService.MAX_NOTES, false, true, v -> {
                    TestAccounts.signIn(coordinator);
                    SessionDraft d = SessionFixtures.draft(site.id(), null);
                    return planning.find(planning.plan(new SessionDraft(d.startsAt(), d.siteId(), d.audience(), d.quizIds(), d.mode(),
                            false, false, null, v))).orElseThrow().notes();
                }),
                new FormField("session notes on the session page", "notes", SessionPlanningService.MAX_NOTES, false, true, v -> {
                    TestAccounts.signIn(coordinator);
                    planning.updateNotes(session, v);
                    return planning.find(session).orElseThrow().notes();
                }),
                new FormField("account display name", "displayName", AccountService.MAX_DISPLAY_NAME, true, false, v -> {
                    TestAccounts.signIn(admin);
                    AccountSummary a = accounts.create(new NewAccount("u" + UUID.randomUUID().toString().substring(0, 10), v, Role.FACILITATOR, "09", "long-enough-pass"));
                    return accounts.list().stream().filter(x -> x.id().equals(a.id())).findFirst().orElseThrow().displayName();
                }),
                new FormField("account display name when changed", "displayName", AccountService.MAX_DISPLAY_NAME, true, false, v -> {
                    TestAccounts.signIn(admin);
                    accounts.update(coordinator.id(), new AccountChange(v, Role.COORDINATOR, "09"));
                    return accounts.list().stream().filter(x -> x.id().equals(coordinator.id())).findFirst().orElseThrow().displayName();
                }));
        return all.stream().map(Arguments::of);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void emojiAndMixedDirectionTextComeBackExactly(FormField f) {
        for (String value : KEPT_EXACTLY) {
            assertThat(f.store().apply(value)).as(f.name()).isEqualTo(value);
        }
        String longest = "🌟".repeat(f.max() / 2);
        assertThat(f.store().apply(longest)).isEqualTo(longest);
        if (f.multiline()) {
            assertThat(f.store().apply("ligne 1\nسطر 2\r\n\tfin")).isEqualTo("ligne 1\nسطر 2\r\n\tfin");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void overlongTextIsRefusedOnItsField(FormField f) {
        assertRefused(f, "x".repeat(f.max() + 1), "accounts.input.tooLong");
        assertRefused(f, "🌟".repeat(f.max() / 2 + 1), "accounts.input.tooLong");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void emptyIsRefusedWhenRequiredAndStoredAsNothingOtherwise(FormField f) {
        for (String empty : new String[] {"", "   ", null}) {
            if (f.required()) assertRefused(f, empty, "accounts.input.required");
            else assertThat(f.store().apply(empty)).as(f.name()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void controlCharactersAreRefusedOnTheirField(FormField f) {
        for (String value : CONTROL) assertRefused(f, value, "accounts.input.control");
        if (!f.multiline()) assertRefused(f, "two\nlines", "accounts.input.control");
    }

    private static void assertRefused(FormField f, String value, String key) {
        assertThatThrownBy(() -> f.store().apply(value)).as(f.name() + " <- " + value).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.on(f.field()).orElseThrow().key()).isEqualTo(key));
    }
}
