package ma.cybercaravane.parents.ui;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.QuestionKind;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.content.Topic;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Tokens;
import ma.cybercaravane.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 360-px phone in Chromium: a parent scans the take-home card (Arabic), lands on the corner right-to-left, reads
 * the cyberbullying guide, takes a parents' quiz to the end. Every parents' page passes axe; screenshots in Arabic and
 * French. On paper: four cards per A4 sheet, and each tip sheet on one A4 page.
 */
class ParentsCornerInBrowserIT extends BrowserTestBase {

    @Autowired
    ContentService content;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aParentOpensTheCardInArabicReadsTheGuideAndTakesAQuiz() {
        page.navigate(url("parents?lang=ar"));
        settle(page);
        assertThat(page.evaluate("document.documentElement.dir")).isEqualTo("rtl");
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("ar");
        assertThat(page.locator("#parents-title")).hasText("فضاء الآباء");
        assertThat(page.url()).endsWith("/parents");
        noSidewaysScrolling(page);
        assertAccessible(page);
        screenshot(page, "parents-home-ar-360");

        page.click("#parents-guide-link");
        page.waitForURL("**/parents/guide");
        assertThat(page.locator("#guide-content h2")).hasCount(8);
        assertThat(page.locator("#guide-content")).containsText("E-Blagh");
        assertThat(page.evaluate("document.documentElement.dir")).isEqualTo("rtl");
        noSidewaysScrolling(page);
        assertAccessible(page);
        screenshot(page, "parents-guide-ar-360");

        page.click("#parents-back");
        page.waitForURL("**/parents");
        Quiz quiz = content.library().quiz("parents-essentials").orElseThrow();
        page.click("#parents-quiz-" + quiz.id());
        page.click("#start-button");
        page.waitForURL("**/play/**");
        String token = page.url().substring(page.url().indexOf("/play/") + 6);
        for (Question q : quiz.questions()) {
            assertThat(page.locator("#question-text")).hasText(q.text().in(Language.AR));
            if (q.kind() == QuestionKind.MULTIPLE) {
                q.correctChoiceIds().forEach(c -> page.click("#choice-" + c));
                page.click("#validate-button");
            } else {
                page.click("#choice-" + q.correctChoiceIds().iterator().next());
            }
            assertThat(page.locator("#explanation")).hasText(q.explanation().in(Language.AR));
            page.click("#next-button");
        }
        page.waitForURL("**/result/**");
        assertThat(jdbc.queryForObject("select count(*) from answer a join participant p on p.id = a.participant_id "
                + "where p.token_hash = ? and p.age_band = 'parents'", Integer.class, Tokens.hash(token))).isEqualTo(quiz.questions().size());
    }

    @Test
    void everyParentsPageIsAccessibleAndFitsAPhoneInArabicAndFrench() {
        for (String lang : List.of("ar", "fr")) {
            for (String path : List.of("parents", "parents/tips?age=9-11", "parents/tips/scams?age=12-14", "parents/tips/wellbeing",
                    "parents/guide", "parents/help", "parents/card?lang=" + lang + "&copies=4")) {
                page.navigate(url(path.startsWith("parents/card") ? path : path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
                settle(page);
                if (!path.startsWith("parents/card")) assertThat(page.evaluate("document.documentElement.lang")).as(path).isEqualTo(lang);
                assertAccessible(page);
                noSidewaysScrolling(page);
                screenshot(page, path.replaceAll("[/?=&]", "-") + "-" + lang + "-360");
            }
        }
        page.navigate(url("parents/tips?age=12-14&lang=fr"));
        settle(page);
        assertThat(page.locator("#age-12-14")).hasAttribute("aria-current", "true");
        assertThat(page.locator("#tips-age-KINDNESS")).containsText("12-14");
    }

    @Test
    void onPaperFourCardsFillAnA4SheetAndEachTipSheetFitsOnePage() {
        page.navigate(url("parents/card?lang=fr&copies=8"));
        settle(page);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("#print-button")).isHidden();
        var card = page.locator(".cc-card").first().boundingBox();
        assertThat(card.width).isBetween(390.0, 400.0);   // 105 mm at 96 dpi = 397 px
        assertThat(card.height).isBetween(555.0, 565.0);  // 148.5 mm = 561 px
        assertThat(pdfPages(page)).isEqualTo(2);

        for (String lang : List.of("fr", "ar", "en")) {
            for (Topic topic : Topic.values()) {
                page.navigate(url("parents/tips/" + topic.name().toLowerCase(Locale.ROOT) + "?lang=" + lang));
                settle(page);
                assertThat(pdfPages(page)).as(topic + " in " + lang + " on one A4 page").isEqualTo(1);
            }
        }
        page.navigate(url("parents/guide?lang=fr"));
        settle(page);
        assertThat(pdfPages(page)).as("the guide prints on a few pages").isBetween(1, 3);
    }

    /** Pages of the PDF Chromium prints with the page's own CSS page sizes. */
    private static int pdfPages(Page page) {
        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
        Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static void noSidewaysScrolling(Page page) {
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360")).as(() -> page.url() + " too wide: "
                + page.evaluate("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 361 "
                + "|| e.getBoundingClientRect().left < -1).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')")).isTrue();
    }
}
