package ma.cybercaravane.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import ma.cybercaravane.content.LibraryLoader;
import ma.cybercaravane.content.Library;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.QuestionKind;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.sessions.PlannedSessions;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The laptop restarts in the middle of a session (the packaged app is killed with SIGKILL and started again on
 * the same data and port). The sessions are still open; the phones reconnect by themselves and resume with their
 * participant token: at the live question the facilitator had opened, and at the next unanswered question for a
 * child at their own pace. The facilitator signs in again and carries on from the same question.
 */
class SessionRestartIT {

    @TempDir
    Path data;

    @Test
    void phonesResumeAtTheRightQuestionAfterTheLaptopRestarts() throws Exception {
        Library library = LibraryLoader.load(Path.of("quizzes"));
        Quiz live = library.quiz("kindness-9-11").orElseThrow();
        Quiz selfPaced = library.quiz("passwords-9-11").orElseThrow();
        int port = PackagedApp.freePort();

        try (PackagedApp first = new PackagedApp(data, port)) {
            first.start(); // creates the database
        }
        TestAccounts.Account admin;
        UUID liveId;
        UUID selfPacedId;
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource(PackagedApp.writableJdbcUrl(data), "sa", "", true)) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            admin = new TestAccounts(jdbc).create("ADMIN", null);
            PlannedSessions planned = new PlannedSessions(jdbc);
            liveId = planned.create(PlannedSessions.Plan.live("09", null, live.id()));
            selfPacedId = planned.create(PlannedSessions.Plan.selfPaced("09", null, selfPaced.id()));
        }

        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"))).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            PackagedApp app = new PackagedApp(data, port);
            try {
                app.start();
                Page console = page(browser, 1280, 800);
                signIn(console, app, admin);
                String paceCode = open(console, app, selfPacedId);
                String liveCode = open(console, app, liveId);

                // A child at their own pace answers two questions.
                Page pace = page(browser, 360, 780);
                join(pace, app, paceCode);
                for (int i = 0; i < 2; i++) {
                    answer(pace, selfPaced.questions().get(i));
                    pace.click("#next-button");
                }
                assertThat(pace.locator("#question-text")).hasAttribute("data-question-id", selfPaced.questions().get(2).id());

                // A child in the live session: the facilitator is at question 2.
                Page phone = page(browser, 360, 780);
                join(phone, app, liveCode);
                assertThat(phone.locator("#live-waiting")).isVisible();
                console.navigate(app.url("sessions/" + liveId + "/run"));
                console.click("#live-next");
                answer(phone, live.questions().get(0));
                assertThat(phone.locator("#live-answered")).isVisible();
                console.click("#live-reveal");
                console.click("#live-next");
                assertThat(phone.locator("#question-text")).hasAttribute("data-question-id", live.questions().get(1).id());

                // Power cut: SIGKILL, then the laptop starts again on the same data and address.
                for (Page p : List.of(phone, pace)) p.evaluate("() => window.ccBeforeRestart = true");
                app.kill();
                app = new PackagedApp(data, port);
                app.start();
                // Each phone notices, reconnects and reloads its own address by itself (a new page: the marker is gone).
                for (Page p : List.of(phone, pace)) p.waitForFunction("() => !window.ccBeforeRestart && window.Vaadin && window.Vaadin.Flow");

                assertThat(phone.locator("#question-text")).hasAttribute("data-question-id", live.questions().get(1).id());
                assertThat(pace.locator("#question-text")).hasAttribute("data-question-id", selfPaced.questions().get(2).id());
                answer(pace, selfPaced.questions().get(2));
                assertThat(pace.locator("#verdict")).isVisible();

                signIn(console, app, admin);
                console.navigate(app.url("sessions/" + liveId + "/run"));
                assertThat(console.locator("#run-state")).hasAttribute("data-status", "OPEN");
                assertThat(console.locator("#join-code")).hasText(liveCode);
                answer(phone, live.questions().get(1));
                assertThat(phone.locator("#live-answered")).isVisible();
                console.click("#live-reveal");
                assertThat(phone.locator("#explanation")).isVisible();
            } finally {
                app.kill();
            }
        }
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource(PackagedApp.jdbcUrl(data), "sa", "", true)) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            assertThat(jdbc.queryForList("select status from caravan_session where id in (?, ?)", String.class, liveId, selfPacedId))
                    .containsOnly("OPEN");
            assertThat(jdbc.queryForObject("select count(*) from answer where session_id = ?", Integer.class, liveId)).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from answer where session_id = ?", Integer.class, selfPacedId)).isEqualTo(3);
            assertThat(jdbc.queryForObject("select count(distinct participant_id) from answer where session_id in (?, ?)",
                    Integer.class, liveId, selfPacedId)).as("each phone kept its participant across the restart").isEqualTo(2);
        }
    }

    private static Page page(Browser browser, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("fr-FR"));
        context.setDefaultTimeout(60_000);
        return context.newPage();
    }

    private static void signIn(Page page, PackagedApp app, TestAccounts.Account account) {
        page.navigate(app.url("login"));
        page.fill("#vaadinLoginUsername input", account.username());
        page.fill("#vaadinLoginPassword input", "secret-password");
        page.press("#vaadinLoginPassword input", "Enter");
        page.waitForURL(u -> !u.contains("/login")); // the organizer home, or the page that asked for the sign-in
    }

    private static String open(Page console, PackagedApp app, UUID session) {
        console.navigate(app.url("sessions/" + session + "/run"));
        console.click("#open-session");
        assertThat(console.locator("#join-code")).isVisible();
        return console.locator("#join-code").textContent().strip();
    }

    private static void join(Page phone, PackagedApp app, String code) {
        phone.navigate(app.url("start?code=" + code));
        phone.click("#lang-choice-fr");
        phone.click("#band-9-11");
        phone.click("#start-button");
        phone.waitForURL("**/play/**");
    }

    private static void answer(Page phone, Question q) {
        q.correctChoiceIds().forEach(c -> phone.click("#choice-" + c));
        if (q.kind() == QuestionKind.MULTIPLE) phone.click("#validate-button");
    }
}
