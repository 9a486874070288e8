package ma.cybercaravane.content.ui;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.QuestionKind;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.shared.Language;

import static ma.cybercaravane.testsupport.Addresses.open;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin previews a quiz as a child sees it, in Arabic and in Amazigh (fallback said), and nothing is stored. */
class PreviewTest extends OrganizerPageTestBase {

    @Test
    void previewingAWholeQuizInArabicStoresNothing() {
        signIn("ADMIN", null);
        int participants = count("participant");
        int answers = count("answer");
        Quiz quiz = content.library().quiz("kindness-12-14").orElseThrow();
        open("library/preview/" + quiz.id() + "?lang=ar");
        Div frame = $(Div.class).id("preview-frame");
        assertThat(frame.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(frame.getElement().getAttribute("lang")).isEqualTo("ar");
        for (int i = 0; i < quiz.questions().size(); i++) {
            Question q = quiz.questions().get(i);
            assertThat($(H2.class).id("question-text").getText()).isEqualTo(q.text().in(Language.AR));
            Set<String> chosen = i == 0 ? Set.of(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id()) : q.correctChoiceIds();
            chosen.forEach(this::tapChoice);
            if (q.kind() == QuestionKind.MULTIPLE) test($(Button.class).id("validate-button")).click();
            assertThat($(Paragraph.class).id("verdict").getText()).isEqualTo(i == 0 ? "Ce n’est pas la bonne réponse : les bonnes réponses sont encadrées en vert." : "Bonne réponse.");
            assertThat($(Paragraph.class).id("explanation").getText()).isEqualTo(q.explanation().in(Language.AR));
            for (Choice c : q.choices()) {
                var choice = $(com.vaadin.flow.component.Component.class).id("choice-" + c.id());
                assertThat(choice.getElement().getClassList().contains("cc-correct")).isEqualTo(c.correct());
            }
            if (i < quiz.questions().size() - 1) test($(Button.class).id("preview-next")).click();
        }
        assertThat($(Paragraph.class).id("preview-end")).isNotNull();
        test($(Button.class).id("preview-previous")).click();
        assertThat($(H2.class).id("question-text").getText()).isEqualTo(quiz.questions().get(quiz.questions().size() - 2).text().in(Language.AR));
        assertThat(count("participant")).isEqualTo(participants);
        assertThat(count("answer")).isEqualTo(answers);
    }

    @Test
    void inAmazighThePreviewSaysWhereTheChildWouldReadTheFallback() {
        signIn("COORDINATOR", "01");
        Quiz quiz = content.library().quiz("data-6-8").orElseThrow();
        open("library/preview/" + quiz.id() + "?lang=zgh");
        assertThat($(Paragraph.class).id("preview-fallback").getText()).contains("ⵜⴰⵎⴰⵣⵉⵖⵜ");
        assertThat($(H2.class).id("question-text").getText()).isEqualTo(quiz.questions().getFirst().text().in(Language.FR));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
