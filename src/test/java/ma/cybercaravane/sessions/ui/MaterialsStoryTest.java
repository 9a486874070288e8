package ma.cybercaravane.sessions.ui;

import java.util.UUID;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import ma.cybercaravane.testsupport.OrganizerBrowserlessTest;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A facilitator opens the materials of their session in Arabic: the guide is there, right-to-left, with no script. */
class MaterialsStoryTest extends OrganizerBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFacilitatorReadsTheGuideOfTheirSessionInArabic() {
        TestAccounts.Account anim = new TestAccounts(jdbc).create("FACILITATOR", "09");
        UUID session = new StoryFixtures(jdbc).session("09", anim.id());
        signIn(anim);
        UI.getCurrent().navigate("sessions/" + session + "/materials", QueryParameters.of("lang", "ar"));
        assertThat(getCurrentView()).isInstanceOf(MaterialsView.class);

        Section guide = $(Section.class).id("material-guide-data-9-11");
        assertThat(guide.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(guide.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat($(H2.class, guide).first().getText()).isEqualTo(PlanningStoryTestText.ar("sessions.materials.kind.GUIDE", "بياناتي الشخصية"));
        String html = $(Html.class, guide).first().getInnerHtml();
        assertThat(html).contains("<h1>دليل المنشّط: بياناتي الشخصية</h1>").contains("<li>").doesNotContain("<script");
        assertThat($(Section.class).id("material-handout-data-9-11").getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat($(Section.class).all()).noneMatch(s -> s.getId().orElse("").startsWith("material-tips"));
        assertThat($(Button.class).id("materials-print")).isNotNull();

        test($(Select.class).id("materials-language")).selectItem(PlanningStoryTestText.fr("shared.language.en"));
        Section english = $(Section.class).id("material-guide-data-9-11");
        assertThat(english.getElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(english.getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void aParentsSessionAlsoHasTheTipSheetsAndTheCyberbullyingGuide() {
        TestAccounts.Account anim = new TestAccounts(jdbc).create("FACILITATOR", "09");
        UUID session = new StoryFixtures(jdbc).session("09", anim.id());
        jdbc.update("update caravan_session set audience = '9-11,parents' where id = ?", session);
        signIn(anim);
        UI.getCurrent().navigate("sessions/" + session + "/materials", QueryParameters.of("lang", "fr"));
        assertThat($(Section.class).id("material-tips-kindness").getElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat($(Html.class, $(Section.class).id("material-cyberbullying-guide")).first().getInnerHtml()).contains("2511").doesNotContain("<script");
    }

    @Test
    void anotherFacilitatorGetsNothing() {
        TestAccounts.Account anim = new TestAccounts(jdbc).create("FACILITATOR", "09");
        UUID session = new StoryFixtures(jdbc).session("09", anim.id());
        signIn(new TestAccounts(jdbc).create("FACILITATOR", "09"));
        UI.getCurrent().navigate("sessions/" + session + "/materials", QueryParameters.of("lang", "ar"));
        assertThat($(Section.class).all()).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Div.class).id("session-missing")).isNotNull();
    }
}
