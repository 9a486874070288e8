package ma.cybercaravane;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import ma.cybercaravane.sessions.PlannedSessions;
import ma.cybercaravane.testsupport.BrowserTestBase;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A national admin walks through every organizer page on a 360-px phone, in French then in Arabic (right to
 * left): each page opens in its language, passes the accessibility scan, does not scroll sideways, and leaves a
 * screenshot under target/screenshots/ for a human to look at.
 */
class OrganizerPagesTourIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyOrganizerPageWorksOnAPhoneInFrenchAndArabic() {
        TestAccounts.Account admin = new TestAccounts(jdbc).create("ADMIN", null);
        UUID facilitator = new TestAccounts(jdbc).create("FACILITATOR", "09").id();
        UUID session = new PlannedSessions(jdbc).create(PlannedSessions.Plan.live("09", facilitator, "scams-9-11"));
        signIn(page, admin);
        List<String> pages = List.of("organizer", "sessions", "sessions/new", "sites", "accounts", "library",
                "library/preview/scams-9-11", "sessions/" + session, "sessions/" + session + "/edit",
                "sessions/" + session + "/materials", "sessions/" + session + "/run", "sessions/" + session + "/projector", "reports", "reports/session/" + session);
        for (String lang : List.of("fr", "ar")) {
            page.navigate(url("organizer"));
            settle(page);
            page.click("#lang-" + lang);
            settle(page);
            for (String path : pages) {
                page.navigate(url(path));
                settle(page);
                assertThat(page.evaluate("document.documentElement.lang")).as(path).isEqualTo(lang);
                assertThat(page.evaluate("document.documentElement.dir")).as(path).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
                assertThat(page.locator("#error-title").count()).as(path + " shows an error page").isZero();
                assertAccessible(page);
                noSidewaysScrolling(page);
                screenshot(page, "organizer-" + path.replace(session.toString(), "id").replace('/', '-') + "-" + lang + "-360");
            }
        }
    }

    private void signIn(Page p, TestAccounts.Account account) {
        p.navigate(url("login"));
        p.fill("#vaadinLoginUsername input", account.username());
        p.fill("#vaadinLoginPassword input", "secret-password");
        p.click("vaadin-button[slot='submit']");
        p.waitForURL("**/organizer");
        settle(p);
    }

    private static void noSidewaysScrolling(Page page) {
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(() -> page.url()
                + " too wide: " + page.evaluate("[...document.querySelectorAll('body *')].filter(e => { const r = "
                + "e.getBoundingClientRect(); return r.right > window.innerWidth + 1 || r.left < -1; }).slice(0, 5)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')")).isTrue();
    }
}
