package ma.cybercaravane.parents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.QuestionKind;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Tokens;
import ma.cybercaravane.testsupport.BrowserlessTestBase;

import static ma.cybercaravane.testsupport.Addresses.open;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A parent follows a quiz link of the corner: the normal play flow, results stored with age band "parents". */
class ParentsQuizTest extends BrowserlessTestBase {

    @Autowired
    ContentService content;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aParentTakesAQuizFromTheCornerAndTheAnswersAreStoredUnderTheParentsBand() {
        open("parents?lang=en");
        Quiz quiz = content.library().quiz("parents-cyberbullying").orElseThrow();
        String start = $(Anchor.class).id("parents-quiz-" + quiz.id()).getHref();
        assertThat(start).isEqualTo("start?lang=en&band=parents&quiz=parents-cyberbullying");

        open(start);
        // Parents are addressed as adults, and a parent's device is never a children's team.
        assertThat($(H1.class).first().getText()).isEqualTo("Here is your nickname");
        assertThat($(com.vaadin.flow.component.checkbox.Checkbox.class).withId("team-toggle").all()).as("no visible team toggle").isEmpty();
        test($(Button.class).id("start-button")).click();
        String token = currentPath().substring("play/".length());
        for (Question q : quiz.questions()) {
            assertThat($(H1.class).id("question-text").getText()).isEqualTo(q.text().in(Language.EN));
            q.correctChoiceIds().forEach(this::tapChoice);
            if (q.kind() == QuestionKind.MULTIPLE) test($(Button.class).id("validate-button")).click();
            test($(Button.class).id("next-button")).click();
        }
        assertThat(currentPath()).startsWith("result/");
        assertThat(jdbc.queryForObject("select age_band from participant where token_hash = ?", String.class, Tokens.hash(token)))
                .isEqualTo("parents");
        assertThat(jdbc.queryForObject("select count(*) from answer a join participant p on p.id = a.participant_id "
                + "where p.token_hash = ? and a.correct", Integer.class, Tokens.hash(token))).isEqualTo(quiz.questions().size());
    }
}
