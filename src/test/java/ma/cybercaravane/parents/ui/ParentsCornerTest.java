package ma.cybercaravane.parents.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Material;
import ma.cybercaravane.content.TipSheet;
import ma.cybercaravane.content.Topic;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.shared.ui.LanguageSupport;
import ma.cybercaravane.testsupport.BrowserlessTestBase;

import static ma.cybercaravane.testsupport.Addresses.open;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The public parents' corner: entry in the card's language, tips by the child's age, the guide, where to get help. */
class ParentsCornerTest extends BrowserlessTestBase {

    @Autowired
    ContentService content;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theCardsAddressOpensTheCornerInArabicAndDropsTheLanguageFromTheAddress() {
        open("parents?lang=ar");
        assertThat(LanguageSupport.current()).isEqualTo(Language.AR);
        assertThat(currentPath()).isEqualTo("parents");
        assertThat($(H1.class).id("parents-title").getText()).isEqualTo("فضاء الآباء");
        List<Anchor> quizzes = $(Anchor.class).all().stream().filter(a -> a.getId().orElse("").startsWith("parents-quiz-")).toList();
        assertThat(quizzes).hasSizeGreaterThanOrEqualTo(2).allSatisfy(a -> assertThat(a.getHref()).startsWith("start?lang=ar&band=parents&quiz=parents-"));
        assertThat($(Anchor.class).id("parents-guide-link").getHref()).isEqualTo("parents/guide");
        assertThat($(Anchor.class).id("age-12-14").getHref()).isEqualTo("parents/tips?age=12-14");
    }

    @Test
    void theShortAddressLeadsToTheCorner() {
        open("p?lang=en");
        assertThat(currentPath()).isEqualTo("parents");
        assertThat(LanguageSupport.current()).isEqualTo(Language.EN);
        assertThat($(H1.class).id("parents-title").getText()).isEqualTo("Parents’ corner");
    }

    @Test
    void tipsFilteredByAgeShowThatAgesPartOfEveryTopicAndNoOther() {
        open("parents/tips?age=12-14&lang=fr");
        assertThat($(Anchor.class).id("age-12-14").getElement().getAttribute("aria-current")).isEqualTo("true");
        assertThat($(Anchor.class).id("age-all").getElement().getAttribute("aria-current")).isNull();
        for (Topic topic : Topic.values()) {
            TipSheet sheet = sheet(topic, Language.FR);
            String shown = $(Div.class).id("tips-age-" + topic.name()).getElement().getProperty("innerHTML");
            assertThat(shown).as(topic.name()).contains("12-14").contains(firstWords(sheet.age(AgeBand.AGE_12_14).orElseThrow()))
                    .doesNotContain(firstWords(sheet.age(AgeBand.AGE_6_8).orElseThrow()));
            Anchor open = $(Section.class).id("tips-topic-" + topic.name()).getChildren().findFirst()
                    .flatMap(h -> h.getChildren().findFirst()).map(Anchor.class::cast).orElseThrow();
            assertThat(open.getHref()).isEqualTo("parents/tips/" + topic.name().toLowerCase(Locale.ROOT) + "?age=12-14");
        }
    }

    @Test
    void aTipSheetPutsTheChosenAgeFirstAndLeavesTheOtherAgesOut() {
        open("parents/tips/kindness?age=9-11&lang=en");
        TipSheet sheet = sheet(Topic.KINDNESS, Language.EN);
        String page = $(Div.class).id("tip-sheet").getElement().getChildren()
                .map(c -> c.getProperty("innerHTML", "")).reduce("", String::concat);
        String part = $(Div.class).id("tip-age-part").getElement().getProperty("innerHTML");
        assertThat(part).startsWith("<h2>9-11").contains(firstWords(sheet.age(AgeBand.AGE_9_11).orElseThrow()));
        assertThat(page.indexOf(part)).isLessThan(page.indexOf("Warning signs")).isGreaterThan(page.indexOf("<h1>"));
        assertThat(page).doesNotContain(firstWords(sheet.age(AgeBand.AGE_15_17).orElseThrow())).contains("Conversation starters");
        assertThat($(Button.class).id("print-button").getText()).isEqualTo("Print");

        open("parents/tips/kindness");
        String all = $(Div.class).id("tip-sheet").getElement().getChildren()
                .map(c -> c.getProperty("innerHTML", "")).reduce("", String::concat);
        for (AgeBand band : List.of(AgeBand.AGE_6_8, AgeBand.AGE_9_11, AgeBand.AGE_12_14, AgeBand.AGE_15_17)) {
            assertThat(all).contains(firstWords(sheet.age(band).orElseThrow()));
        }
        assertThat($(Div.class).withId("tip-age-part").all()).isEmpty();
    }

    @Test
    void theCyberbullyingGuideHasItsSixStepsSafelyRenderedAndPrintable() {
        open("parents/guide?lang=fr");
        String html = $(Div.class).id("guide-content").getElement().getProperty("innerHTML");
        for (int step = 1; step <= 6; step++) assertThat(html).contains("<h2>" + step + ". ");
        assertThat(html).contains("E-Blagh").contains("2511").contains("ne payez jamais").doesNotContain("<script").doesNotContain("<a ");
        assertThat($(Div.class).id("guide-content").getClassNames()).contains("cc-print-sheet");
        assertThat($(Button.class).id("print-button")).isNotNull();
    }

    @Test
    void whereToGetHelpNamesTheSameChannelsInTheSameOrderAsTheChildrensPage() {
        open("parents/help?lang=fr");
        List<String> ids = $(Section.class).all().stream().map(s -> s.getId().orElse("")).filter(i -> i.startsWith("parents-help-")).toList();
        assertThat(ids).startsWith("parents-help-adult", "parents-help-line2511", "parents-help-eblagh");
        Messages m = Messages.get();
        for (Language l : Language.REQUIRED) {
            assertThat(m.format("parents.help.line2511.text", l)).contains("2511.ma");
            assertThat(m.format("play.help.line2511.text", l)).contains("2511.ma");
            assertThat(m.format("parents.help.eblagh.text", l)).contains("e-blagh.ma");
            assertThat(m.format("play.help.eblagh.text", l)).contains("e-blagh.ma");
        }
        String line2511 = $(Section.class).id("parents-help-line2511").getChildren().filter(Div.class::isInstance).findFirst()
                .orElseThrow().getElement().getProperty("innerHTML");
        assertThat(line2511).contains("gratuite et confidentielle").contains("<span dir=\"ltr\">2511.ma</span>");
    }

    @Test
    void theHelpButtonOfTheFrameLeadsParentsToTheirHelpPageWithoutCountingAChildsCall() {
        int calls = jdbc.queryForObject("select count(*) from help_request", Integer.class);
        open("parents/guide?lang=fr");
        test($(Button.class).id("help-button")).click();
        assertThat(currentPath()).isEqualTo("parents/help");
        assertThat($(Button.class).withId("help-button").all()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from help_request", Integer.class)).isEqualTo(calls);
    }

    @Test
    void theChildrensHomeLeadsToTheCorner() {
        open("");
        assertThat($(Anchor.class).id("parents-link").getHref()).isEqualTo("parents");
    }

    @Test
    void anUnknownTopicIsNotFound() {
        open("parents/tips/weather");
        assertThat($(H1.class).id("error-title")).isNotNull();
    }

    private TipSheet sheet(Topic topic, Language language) {
        return TipSheet.parse(content.library().material(Material.Kind.TIPS, topic.name()).orElseThrow().markdown().get(language));
    }

    /** A few words of a part's text (not its heading), as they appear once rendered. */
    private static String firstWords(String part) {
        String text = part.lines().skip(1).filter(l -> !l.isBlank()).findFirst().orElseThrow();
        return text.substring(0, Math.min(25, text.length())).replace("\"", "&quot;");
    }
}
