package ma.cybercaravane.play.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.LanguageSupport;
import ma.cybercaravane.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A child opens "I need help" in Arabic: the help lines read right, and only an anonymous count is kept. */
class HelpPageTest extends BrowserlessTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void helpChannelsInArabicKeepTheirAddressesLeftToRightAndOnlyACountIsStored() {
        int before = jdbc.queryForObject("select count(*) from help_request", Integer.class);
        LanguageSupport.apply(com.vaadin.flow.component.UI.getCurrent(), Language.AR);
        navigate(HelpView.class);

        String line = html("help-line2511");
        assertThat(line).contains("<span dir=\"ltr\">2511.ma</span>").doesNotContain("<script");
        assertThat(html("help-eblagh")).contains("<span dir=\"ltr\">e-blagh.ma</span>");
        assertThat(jdbc.queryForObject("select count(*) from help_request", Integer.class)).isEqualTo(before + 1);
        assertThat(jdbc.queryForList("select * from help_request").getFirst().keySet())
                .containsExactlyInAnyOrder("ID", "INSTALLATION_ID", "SESSION_ID", "CREATED_AT");
    }

    private String html(String sectionId) {
        return $(Section.class).id(sectionId).getChildren().filter(Div.class::isInstance).findFirst().orElseThrow()
                .getElement().getProperty("innerHTML");
    }
}
