package ma.cybercaravane.sessions.ui;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.sessions.PlannedSessions;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.shared.Tokens;
import ma.cybercaravane.testsupport.BrowserTestBase;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live caravan session in Chromium, as in a hall: the facilitator signs in and opens a planned live session,
 * three children join from three phones with the code (one in Arabic), the projector (a fourth browser) shows
 * them arriving, the answers arriving and the spread after the reveal, all by push; the session is closed while a
 * phone is offline with an answer in hand: that late answer is refused kindly and not stored.
 */
class LiveSessionIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContentService content;

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void aFacilitatorRunsALiveSessionWithThreePhonesAndAProjector() {
        Quiz quiz = content.quiz("kindness-9-11").orElseThrow();
        TestAccounts.Account facilitator = new TestAccounts(jdbc).create("FACILITATOR", "09");
        UUID id = new PlannedSessions(jdbc).create(PlannedSessions.Plan.live("09", facilitator.id(), quiz.id()));

        Page console = signedIn(newContext(1280, 800), facilitator);
        console.navigate(url("sessions/" + id + "/run"));
        console.click("#open-session");
        assertThat(console.locator("#join-code")).hasText(java.util.regex.Pattern.compile("[2-9A-HJKMNP-Z]{6}"));
        String code = console.locator("#join-code").textContent().strip();
        assertThat(console.locator("#join-url")).hasText(url("start?code=" + code));
        assertThat(console.locator("#join-qr")).hasAttribute("src", java.util.regex.Pattern.compile("^data:image/svg\\+xml;base64,"));
        screenshot(console, "console-open");

        Page projector = signedIn(newContext(1280, 720), facilitator);
        projector.navigate(url("sessions/" + id + "/projector"));
        assertThat(projector.locator("#projector-code")).hasText(code);

        // Three phones scan the QR code (its address) and join: French, Arabic, English.
        Page fr = page;
        Page ar = newContext(360, 780).newPage();
        Page en = newContext(360, 780).newPage();
        String nickFr = join(fr, code, "fr");
        String nickAr = join(ar, code, "ar");
        String nickEn = join(en, code, "en");
        for (String nick : List.of(nickFr, nickAr, nickEn)) assertThat(projector.locator("#projector-nicknames")).containsText(nick);
        assertThat(projector.locator("#projector-count")).hasText(text("run.projector.count", 3, 3));
        assertThat(ar.evaluate("document.documentElement.dir")).isEqualTo("rtl");
        assertAccessible(ar);
        screenshot(ar, "live-waiting-ar-360");
        screenshot(projector, "projector-lobby");
        assertThat(console.locator("#players-count")).hasText(text("run.players.count", 3, 3, 0));

        // First question: on every phone and on the projector, by push.
        console.click("#live-next");
        Question q0 = quiz.questions().getFirst();
        for (Page child : List.of(fr, ar, en)) assertThat(child.locator("#question-text")).hasAttribute("data-question-id", q0.id());
        assertThat(ar.locator("#question-text")).hasText(q0.text().in(Language.AR));
        assertThat(projector.locator("#projector-question")).hasText(q0.text().in(Language.FR));
        assertThat(projector.locator("#projector-answers")).hasText(text("run.projector.answers", 0, 3));
        assertAccessible(ar);
        screenshot(ar, "live-question-ar-360");
        assertThat((Boolean) ar.evaluate("document.documentElement.scrollWidth <= 360")).as("no sideways scrolling at 360 px").isTrue();

        String right = q0.correctChoiceIds().iterator().next();
        String wrong = q0.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
        fr.click("#choice-" + right);
        assertThat(fr.locator("#live-answered")).isVisible();
        assertAccessible(fr);
        assertThat(projector.locator("#projector-answers")).hasText(text("run.projector.answers", 1, 3));
        ar.click("#choice-" + wrong);
        assertThat(projector.locator("#projector-answers")).hasText(text("run.projector.answers", 2, 3));
        screenshot(projector, "projector-question");

        // Reveal: the spread on the projector, the right answer and why on every phone.
        console.click("#live-reveal");
        assertThat(projector.locator("#projector-distribution #bar-" + right)).hasAttribute("data-count", "1");
        assertThat(projector.locator("#projector-distribution #bar-" + wrong)).hasAttribute("data-count", "1");
        assertThat(projector.locator("#projector-distribution #bar-" + right)).hasAttribute("data-right", "true");
        assertThat(projector.locator("#projector-explanation")).hasText(q0.explanation().in(Language.FR));
        screenshot(projector, "projector-reveal");
        assertThat(fr.locator("#verdict")).hasText(Messages.get().format("play.feedback.right", Language.FR));
        assertThat(ar.locator("#verdict")).hasText(Messages.get().format("play.feedback.wrong", Language.AR));
        assertThat(ar.locator("#explanation")).hasText(q0.explanation().in(Language.AR));
        assertThat(en.locator("#verdict")).hasText(Messages.get().format("play.live.notAnswered", Language.EN));
        assertAccessible(ar);
        screenshot(ar, "live-reveal-ar-360");
        screenshot(console, "console-live");

        // Second question; one phone loses the Wi-Fi with its answer in hand while the session is closed.
        console.click("#live-next");
        Question q1 = quiz.questions().get(1);
        for (Page child : List.of(fr, ar, en)) assertThat(child.locator("#question-text")).hasAttribute("data-question-id", q1.id());
        String frToken = fr.url().substring(fr.url().indexOf("/play/") + 6);
        fr.context().setOffline(true);
        fr.click("#choice-" + q1.correctChoiceIds().iterator().next());
        console.click("#close-session");
        console.click("#close-confirm");
        assertThat(console.locator("#session-summary")).isVisible();
        assertThat(console.locator("#summary-children")).hasText(text("run.summary.children", 3, 3));
        assertThat(projector.locator("#projector-closed")).isVisible();
        assertThat(en.locator("#play-message")).hasText(Messages.get().format("play.error.sessionClosed", Language.EN));
        fr.context().setOffline(false);
        assertThat(fr.locator("#play-message")).hasText(Messages.get().format("play.error.sessionClosed", Language.FR));
        assertAccessible(fr);
        screenshot(fr, "live-closed-fr-360");
        assertThat(jdbc.queryForObject("select count(*) from answer a join participant p on p.id = a.participant_id where p.token_hash = ?",
                Integer.class, Tokens.hash(frToken))).as("the late answer was not stored").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from answer where session_id = ?", Integer.class, id)).isEqualTo(2);
    }

    private Page signedIn(BrowserContext context, TestAccounts.Account account) {
        Page p = context.newPage();
        p.navigate(url("login"));
        p.fill("#vaadinLoginUsername input", account.username());
        p.fill("#vaadinLoginPassword input", "secret-password");
        p.press("#vaadinLoginPassword input", "Enter");
        p.waitForURL("**/organizer");
        return p;
    }

    /** A phone opens the join address (what the QR holds), picks its language and band, and starts. */
    private String join(Page phone, String code, String language) {
        phone.navigate(url("start?code=" + code));
        phone.click("#lang-choice-" + language);
        phone.click("#band-9-11");
        String nickname = phone.locator("#nickname").textContent().strip();
        phone.click("#start-button");
        phone.waitForURL("**/play/**");
        assertThat(phone.locator("#live-waiting")).isVisible();
        return nickname;
    }

    private static String text(String key, Object... args) {
        return Messages.get().format(key, Language.FR, args);
    }
}
