package ma.cybercaravane.play.ui;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.LanguageSupport;
import ma.cybercaravane.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A child practises a 9-11 quiz in Arabic: nickname, answers with feedback, resume after a reload, certificate. */
class ChildQuizFlowTest extends BrowserlessTestBase {

    @Autowired
    ContentService content;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void childPractisesInArabicResumesAfterReloadAndGetsCertificate() {
        Quiz quiz = content.library().quiz("scams-9-11").orElseThrow();
        navigate(HomeView.class);
        test($(Button.class).id("practice-button")).click();
        test($(Button.class).id("lang-choice-ar")).click();
        assertThat(LanguageSupport.current()).isEqualTo(Language.AR);
        test($(Button.class).id("band-9-11")).click();
        test($(Button.class).id("quiz-" + quiz.id())).click();
        String nickname = $(Span.class).id("nickname").getText();
        assertThat(nickname).isNotBlank().matches(".*\\d+$");
        test($(Button.class).id("reroll-button")).click();
        test($(Button.class).id("start-button")).click();

        String token = currentPath().substring("play/".length());
        assertThat(token).hasSizeGreaterThan(16);

        // First question: a wrong answer gets kind feedback and the explanation, in Arabic.
        Question first = quiz.questions().getFirst();
        String wrong = first.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
        answer(first, Set.of(wrong));
        assertThat($(H1.class).id("verdict").getText()).isEqualTo("ليس تمامًا… وهكذا نتعلّم!");
        assertThat($(Paragraph.class).id("explanation").getText()).isEqualTo(first.explanation().in(Language.AR));
        test($(Button.class).id("next-button")).click();

        // A reload mid-quiz (same address) resumes at the next unanswered question.
        navigate(PlayView.class, token);
        assertThat($(H1.class).id("question-text").getText()).isEqualTo(quiz.questions().get(1).text().in(Language.AR));

        for (Question q : quiz.questions().subList(1, quiz.questions().size())) {
            answer(q, q.correctChoiceIds());
            assertThat($(H1.class).id("verdict").getText()).isEqualTo("أحسنت، هذا صحيح!");
            test($(Button.class).id("next-button")).click();
        }

        int total = quiz.questions().size();
        assertThat($(Paragraph.class).id("score").getText()).isEqualTo((total - 1) + " أجوبة صحيحة من " + total);
        assertThat($(H2.class).id("badge").getText()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from answer a join participant p on p.id = a.participant_id where p.token_hash = ?",
                Integer.class, ma.cybercaravane.shared.Tokens.hash(token))).isEqualTo(total);

        test($(Button.class).id("certificate-button")).click();
        assertThat(currentPath()).startsWith("certificate/");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("certificate").getElement().getTextRecursively())
                .contains(quiz.title().in(Language.AR)).contains((total - 1) + " من " + total);
    }

    private void answer(Question q, Set<String> choices) {
        if (q.kind() == ma.cybercaravane.content.QuestionKind.MULTIPLE) {
            choices.forEach(this::tapChoice);
            test($(Button.class).id("validate-button")).click();
        } else {
            tapChoice(choices.iterator().next());
        }
    }
}
