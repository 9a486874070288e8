package ma.cybercaravane.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import ma.cybercaravane.accounts.ui.LoginView;
import ma.cybercaravane.sessions.PlannedSessions;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.shared.ui.ErrorPages;
import ma.cybercaravane.testsupport.Addresses;
import ma.cybercaravane.testsupport.OrganizerBrowserlessTest;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the app, opened by every kind of visitor: anonymous, a facilitator of Souss-Massa who leads the
 * test session, another facilitator of the same region, the coordinators of Souss-Massa and of Casablanca-Settat,
 * and a national admin. A refused visitor is sent to the sign-in page (anonymous), gets the "not found" page (wrong
 * role) or a page without a single detail of the session (wrong region or not their session). A new route that
 * is not in the table fails the test, so no page is ever added without deciding who may open it.
 */
class RouteAccessTest extends OrganizerBrowserlessTest {

    enum Actor { ANONYMOUS, FACILITATOR, OTHER_FACILITATOR, COORDINATOR, OTHER_COORDINATOR, ADMIN }

    /** Who may open a route; scoped routes also hide the session from organizers outside its scope. */
    enum Rule {
        PUBLIC(Set.of(Actor.values())),
        ANY_ORGANIZER(Set.of(Actor.FACILITATOR, Actor.OTHER_FACILITATOR, Actor.COORDINATOR, Actor.OTHER_COORDINATOR, Actor.ADMIN)),
        ADMIN_OR_COORDINATOR(Set.of(Actor.COORDINATOR, Actor.OTHER_COORDINATOR, Actor.ADMIN)),
        ADMIN_ONLY(Set.of(Actor.ADMIN)),
        SESSION_SCOPE(Set.of(Actor.FACILITATOR, Actor.COORDINATOR, Actor.ADMIN));

        final Set<Actor> allowed;

        Rule(Set<Actor> allowed) {
            this.allowed = allowed;
        }
    }

    record Case(String template, Function<UUID, String> address, Rule rule) {}

    static final List<Case> ROUTES = List.of(
            new Case("", s -> "", Rule.PUBLIC),
            new Case("start", s -> "start", Rule.PUBLIC),
            new Case("help", s -> "help", Rule.PUBLIC),
            new Case("play/:___url_parameter", s -> "play/unknown-token-0000000000", Rule.PUBLIC),
            new Case("result/:___url_parameter", s -> "result/unknown-token-0000000000", Rule.PUBLIC),
            new Case("certificate/:___url_parameter", s -> "certificate/unknown-token-0000000000", Rule.PUBLIC),
            new Case("login", s -> "login", Rule.PUBLIC),
            new Case("parents", s -> "parents", Rule.PUBLIC),
            new Case("p", s -> "p", Rule.PUBLIC),
            new Case("parents/tips", s -> "parents/tips", Rule.PUBLIC),
            new Case("parents/tips/:topic", s -> "parents/tips/data", Rule.PUBLIC),
            new Case("parents/help", s -> "parents/help", Rule.PUBLIC),
            new Case("parents/guide", s -> "parents/guide", Rule.PUBLIC),
            new Case("parents/card", s -> "parents/card?lang=fr&copies=1", Rule.PUBLIC),
            new Case("organizer", s -> "organizer", Rule.ANY_ORGANIZER),
            new Case("sessions", s -> "sessions", Rule.ANY_ORGANIZER),
            new Case("sessions/new", s -> "sessions/new", Rule.ANY_ORGANIZER),
            new Case("sites", s -> "sites", Rule.ANY_ORGANIZER),
            new Case("accounts", s -> "accounts", Rule.ADMIN_ONLY),
            new Case("library", s -> "library", Rule.ADMIN_OR_COORDINATOR),
            new Case("library/preview/:quizId", s -> "library/preview/scams-9-11", Rule.ADMIN_OR_COORDINATOR),
            new Case("sessions/:id", s -> "sessions/" + s, Rule.SESSION_SCOPE),
            new Case("sessions/:id/edit", s -> "sessions/" + s + "/edit", Rule.SESSION_SCOPE),
            new Case("sessions/:id/materials", s -> "sessions/" + s + "/materials", Rule.SESSION_SCOPE),
            new Case("sessions/:id/run", s -> "sessions/" + s + "/run", Rule.SESSION_SCOPE),
            new Case("sessions/:id/projector", s -> "sessions/" + s + "/projector", Rule.SESSION_SCOPE),
            new Case("reports", s -> "reports", Rule.ANY_ORGANIZER),
            new Case("reports/session/:id", s -> "reports/session/" + s, Rule.SESSION_SCOPE));

    @Autowired
    JdbcTemplate jdbc;

    private final java.util.EnumMap<Actor, TestAccounts.Account> accounts = new java.util.EnumMap<>(Actor.class);
    private UUID session;
    private String siteName;

    @BeforeEach
    void plan() {
        TestAccounts factory = new TestAccounts(jdbc);
        accounts.put(Actor.FACILITATOR, factory.create("FACILITATOR", "09"));
        accounts.put(Actor.OTHER_FACILITATOR, factory.create("FACILITATOR", "09"));
        accounts.put(Actor.COORDINATOR, factory.create("COORDINATOR", "09"));
        accounts.put(Actor.OTHER_COORDINATOR, factory.create("COORDINATOR", "06"));
        accounts.put(Actor.ADMIN, factory.create("ADMIN", null));
        session = new PlannedSessions(jdbc).create(
                PlannedSessions.Plan.live("09", accounts.get(Actor.FACILITATOR).id(), "scams-9-11"));
        siteName = jdbc.queryForObject("select s.name from site s join caravan_session c on c.site_id = s.id where c.id = ?",
                String.class, session);
    }

    @Test
    void everyRouteIsInTheTable() {
        Set<String> registered = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            registered.add(route.getTemplate());
        }
        Set<String> tabled = new TreeSet<>(ROUTES.stream().map(Case::template).toList());
        assertThat(registered).as("routes of the app vs routes in this table").isEqualTo(tabled);
    }

    @Test
    void everyVisitorOpensExactlyWhatTheirRoleAndScopeAllow() {
        List<String> wrong = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            if (actor == Actor.ANONYMOUS) {
                TestAccounts.signOut();
                cleanVaadinEnvironment();
                initVaadinEnvironment();
            } else {
                signIn(accounts.get(actor));
            }
            for (Case c : ROUTES) {
                String outcome = open(c, actor);
                if (outcome != null) wrong.add(actor + " " + c.address().apply(session) + ": " + outcome);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** null when the visitor got what the table says, else what went wrong. */
    private String open(Case c, Actor actor) {
        Addresses.open(c.address().apply(session));
        Class<?> shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass();
        String text = UI.getCurrent().getElement().getTextRecursively();
        boolean allowed = c.rule().allowed.contains(actor);
        boolean refusedByRoute = shown == LoginView.class && c.rule() != Rule.PUBLIC || shown == ErrorPages.NotFound.class;
        if (allowed) {
            if (refusedByRoute) return "refused (" + shown.getSimpleName() + ")";
            if (c.rule() == Rule.SESSION_SCOPE && REFUSALS.stream().map(this::french).anyMatch(text::contains)) {
                return "told it is not theirs";
            }
            return null;
        }
        if (actor == Actor.ANONYMOUS) return shown == LoginView.class ? null : "not sent to sign in (" + shown.getSimpleName() + ")";
        if (c.rule() == Rule.SESSION_SCOPE) return text.contains(siteName) ? "shows another scope's session" : null;
        return refusedByRoute ? null : "opened (" + shown.getSimpleName() + ")";
    }

    /** What the session pages say to an organizer outside the session's scope. */
    static final List<String> REFUSALS = List.of("sessions.missing.title", "run.error.denied", "run.error.noSession",
            "reports.session.refused");

    private String french(String key) {
        return Messages.get().format(key, Language.FR);
    }
}
