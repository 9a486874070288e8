package ma.cybercaravane.play.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.sessions.SessionActivity;
import ma.cybercaravane.play.PlayService;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Tokens;
import ma.cybercaravane.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The database fails while a child answers: a kind message, the answer kept, stored once after recovery. */
@DirtiesContext
@RecordApplicationEvents
class AnswerStorageFailureTest extends BrowserlessTestBase {

    @Autowired
    PlayService play;
    @Autowired
    ContentService content;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void childSeesAKindMessageAndTheAnswerIsStoredOnceWhenTheDatabaseIsBack() {
        Quiz quiz = content.quiz("wellbeing-9-11").orElseThrow();
        String token = play.start(new PlayService.StartRequest(null, quiz.id(), AgeBand.AGE_9_11, Language.FR, play.suggestNickname(), 1));
        navigate(PlayView.class, token);
        Question q = quiz.questions().getFirst();
        String choice = q.correctChoiceIds().iterator().next();

        jdbc.execute("alter table answer rename to answer_unavailable");
        try {
            tapChoice(choice);
            assertThat($(Paragraph.class).withText(getTranslation("play.error.saveFailed")).exists()).isTrue();
            assertThat($(H1.class).id("question-text").getText()).isEqualTo(q.text().in(Language.FR));
            assertThat(events.stream(SessionActivity.StorageFailed.class)).hasSize(1);
        } finally {
            jdbc.execute("alter table answer_unavailable rename to answer");
        }
        test($(Button.class).id("retry-button")).click();
        assertThat($(H1.class).id("verdict").getText()).isEqualTo(getTranslation("play.feedback.right"));
        assertThat(jdbc.queryForObject("select count(*) from answer a join participant p on p.id = a.participant_id where p.token_hash = ?",
                Integer.class, Tokens.hash(token))).isEqualTo(1);
    }

    private static String getTranslation(String key) {
        return ma.cybercaravane.shared.Messages.get().format(key, Language.FR);
    }
}
