package ma.cybercaravane.reliability;

import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Tokens;
import ma.cybercaravane.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A child's phone loses the Wi-Fi for 30 s just as it answers: a kind "reconnecting" state, then the answer arrives once. */
class NetworkDropIT extends BrowserTestBase {

    @Autowired
    ContentService content;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAnswerGivenOfflineArrivesOnceWhenTheWifiComesBack() {
        Quiz quiz = content.quiz("devices-12-14").orElseThrow();
        page.navigate(url("start?lang=fr&band=12-14&quiz=" + quiz.id()));
        page.click("#start-button");
        page.waitForURL("**/play/**");
        settle(page);
        String token = page.url().substring(page.url().indexOf("/play/") + 6);
        Question q = quiz.questions().getFirst();

        context.setOffline(true);
        q.correctChoiceIds().forEach(c -> page.click("#choice-" + c));
        if (q.kind() == ma.cybercaravane.content.QuestionKind.MULTIPLE) page.click("#validate-button");
        page.waitForTimeout(30_000);
        String state = String.valueOf(page.evaluate("() => { const i = document.querySelector('vaadin-connection-indicator');"
                + " return i ? (i.hasAttribute('reconnecting') || i.hasAttribute('offline') ? 'reconnecting:' + i.reconnectingText : 'indicator:' + i.outerHTML) : 'none'; }"));
        System.out.println("Offline state shown to the child: " + state);
        assertThat(state).isEqualTo("reconnecting:" + ma.cybercaravane.shared.Messages.get().format("shared.connection.reconnecting", Language.FR));
        assertThat(page.locator("#verdict")).hasCount(0);

        context.setOffline(false);
        assertThat(page.locator("#verdict")).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from answer a join participant p on p.id = a.participant_id where p.token_hash = ?",
                Integer.class, Tokens.hash(token))).isEqualTo(1);
    }
}
