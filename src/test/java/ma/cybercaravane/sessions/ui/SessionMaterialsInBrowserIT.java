package ma.cybercaravane.sessions.ui;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import ma.cybercaravane.testsupport.BrowserTestBase;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a laptop in Chromium, production mode: a facilitator signs in, opens their session page and its materials in
 * Arabic (right-to-left, no script from content, accessible), and prints them: the menu and the bar disappear
 * and each document starts its own A4 page.
 */
class SessionMaterialsInBrowserIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFacilitatorPrintsTheArabicMaterialsOfTheirSession() {
        TestAccounts.Account anim = new TestAccounts(jdbc).create("FACILITATOR", "09");
        UUID session = new StoryFixtures(jdbc).session("09", anim.id());
        BrowserContext laptop = newContext(1280, 800);
        Page p = laptop.newPage();
        p.navigate(url("login"));
        settle(p);
        p.locator("vaadin-login-form input[name='username']").fill(anim.username());
        p.locator("vaadin-login-form input[name='password']").fill("secret-password");
        p.locator("vaadin-login-form input[name='password']").press("Enter");
        p.waitForURL("**/organizer");

        p.navigate(url("sessions/" + session));
        settle(p);
        assertThat(p.locator("#session-status")).isVisible();
        assertAccessible(p);
        screenshot(p, "session-page-fr-1280");

        p.navigate(url("sessions/" + session + "/materials?lang=ar"));
        settle(p);
        assertThat(p.locator("#material-guide-data-9-11")).hasAttribute("dir", "rtl");
        assertThat(p.locator("#material-guide-data-9-11 h1")).containsText("دليل المنشّط");
        assertThat(p.locator(".cc-markdown script")).hasCount(0);
        assertAccessible(p);
        screenshot(p, "session-materials-ar-1280");

        p.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(p.locator("#organizer-menu")).isHidden();
        assertThat(p.locator("#logout-button")).isHidden();
        assertThat(p.locator("#materials-print")).isHidden();
        assertThat(p.locator("#material-guide-data-9-11 h1")).isVisible();
        // No room kept for the bar or the menu: the page starts at the paper's edge.
        // (A screen layout animates its offsets; printing does not, so wait for the settled position rather than sample it.)
        p.waitForFunction("() => { const r = document.querySelector('.cc-organizer-page').getBoundingClientRect(); return r.top < 20 && r.left < 20; }");
        screenshot(p, "session-materials-ar-print");
        byte[] pdf = p.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(false));
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(raw);
        int count = 0;
        while (pages.find()) count++;
        assertThat(count).as("guide and handout each start an A4 page").isGreaterThanOrEqualTo(2);
        assertThat(raw).as("A4 media box").containsPattern("/MediaBox\\s*\\[\\s*0 0 59[45](\\.\\d+)? 84[12]");
        laptop.close();
    }
}
