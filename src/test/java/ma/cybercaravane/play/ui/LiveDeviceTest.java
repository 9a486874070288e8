package ma.cybercaravane.play.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.QuestionKind;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.play.PlayService;
import ma.cybercaravane.sessions.PlannedSessions;
import ma.cybercaravane.sessions.SessionFeed;
import ma.cybercaravane.sessions.SessionRunService;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.testsupport.PushTestBase;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child's device in a live session follows the facilitator by push: waiting, the question, "answer sent",
 * the reveal with the explanation, the next question, the end; then the session closes under its fingers.
 */
class LiveDeviceTest extends PushTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlayService play;
    @Autowired
    SessionRunService run;
    @Autowired
    ContentService content;
    @Autowired
    SessionFeed feed;

    TestAccounts.Account facilitator;

    @BeforeEach
    void facilitatorSignedIn() {
        facilitator = new TestAccounts(jdbc).create("FACILITATOR", "09");
        TestAccounts.signIn(facilitator); // the facilitator's clicks are service calls here; the device is anonymous
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theDeviceWaitsShowsTheQuestionWaitsForTheRevealAndFollowsToTheEnd() {
        Quiz quiz = content.quiz("passwords-12-14").orElseThrow();
        UUID id = new PlannedSessions(jdbc).create(PlannedSessions.Plan.live("09", facilitator.id(), quiz.id()));
        String code = run.open(id).code();
        String token = play.start(new PlayService.StartRequest(code, quiz.id(), quiz.band(), Language.FR, play.suggestNickname(), 1));
        navigate(PlayView.class, token);
        assertThat($(Div.class).id("live-waiting")).isNotNull();
        assertThat(feed.subscribers(id)).as("the device follows its session").isEqualTo(1);

        run.next(id);
        Question q0 = quiz.questions().getFirst();
        awaitPush("the first question", () -> questionOnScreen(q0));
        answer(q0);
        assertThat($(Div.class).id("live-answered")).isNotNull();

        run.reveal(id);
        awaitPush("the reveal", () -> !$(H1.class).withId("verdict").all().isEmpty());
        assertThat($(H1.class).id("verdict").getText()).isEqualTo(text("play.feedback.right"));
        assertThat($(Paragraph.class).id("explanation").getText()).isEqualTo(q0.explanation().in(Language.FR));
        assertThat($(com.vaadin.flow.component.button.Button.class).withId("next-button").all())
                .as("in live mode the facilitator moves on, not the child").isEmpty();

        run.next(id);
        Question q1 = quiz.questions().get(1);
        awaitPush("the second question", () -> questionOnScreen(q1));
        run.reveal(id);
        awaitPush("the reveal of an unanswered question", () -> !$(H1.class).withId("verdict").all().isEmpty());
        assertThat($(H1.class).id("verdict").getText()).isEqualTo(text("play.live.notAnswered"));

        for (int i = 2; i < quiz.questions().size(); i++) run.next(id);
        run.next(id); // after the last one: finished
        awaitPush("the end of the quiz", () -> !$(Div.class).withId("live-finished").all().isEmpty());
        assertThat($(Paragraph.class).id("live-score").getText()).isEqualTo(text("play.result.score", 1, quiz.questions().size()));

        run.close(id);
        awaitPush("the session closed", () -> !$(Paragraph.class).withId("play-message").all().isEmpty());
        assertThat($(Paragraph.class).id("play-message").getText()).isEqualTo(text("play.error.sessionClosed"));
        assertThat(feed.subscribers(id)).as("a closed session is no longer followed").isZero();
        assertThat(jdbc.queryForObject("select count(*) from answer where session_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aTapThatArrivesAfterTheRevealIsRefusedKindlyAndNotStored() {
        Quiz quiz = content.quiz("contacts-9-11").orElseThrow();
        UUID id = new PlannedSessions(jdbc).create(PlannedSessions.Plan.live("09", facilitator.id(), quiz.id()));
        String code = run.open(id).code();
        run.next(id);
        String token = play.start(new PlayService.StartRequest(code, quiz.id(), quiz.band(), Language.FR, play.suggestNickname(), 2));
        navigate(PlayView.class, token);
        Question q0 = quiz.questions().getFirst();
        assertThat(questionOnScreen(q0)).isTrue();

        // The child taps the question just as the facilitator closes it: the tap reaches the server before the push
        // reaches the device (no lookup in between, so the push waits for the test's next round trip).
        var choice = $(com.vaadin.flow.component.button.Button.class).id("choice-" + q0.correctChoiceIds().iterator().next());
        run.reveal(id);
        test(choice).click();
        assertThat($(Paragraph.class).id("play-notice").getText()).isEqualTo(text("play.error.questionClosed"));
        assertThat($(H1.class).id("verdict").getText()).isEqualTo(text("play.live.notAnswered"));
        assertThat(jdbc.queryForObject("select count(*) from answer where session_id = ?", Integer.class, id)).isZero();

        navigate(HomeView.class);
        assertThat(feed.subscribers(id)).as("leaving the quiz screen leaves the feed").isZero();
    }

    @Test
    void afterTheBeforeRunTheDeviceWaitsThenPlaysTheAfterRunWithTheSameParticipant() {
        Quiz quiz = content.quiz("scams-12-14").orElseThrow();
        UUID id = new PlannedSessions(jdbc).create(PlannedSessions.Plan.selfPaced("09", facilitator.id(), quiz.id()).beforeAndAfter());
        String code = run.open(id).code();
        String token = play.start(new PlayService.StartRequest(code, quiz.id(), quiz.band(), Language.AR, play.suggestNickname(), 1));
        navigate(PlayView.class, token);
        for (Question q : quiz.questions()) {
            assertThat(questionOnScreen(q)).isTrue();
            answer(q);
            test($(com.vaadin.flow.component.button.Button.class).id("next-button")).click();
        }
        Div waiting = $(Div.class).id("live-waiting");
        assertThat(waiting.getElement().getAttribute("data-after")).isEqualTo("true");

        run.startAfterRound(id);
        awaitPush("the after run", () -> questionOnScreen(quiz.questions().getFirst()));
        assertThat($(H1.class).id("question-text").getElement().getAttribute("data-round")).isEqualTo("1");
        answer(quiz.questions().getFirst());
        assertThat(jdbc.queryForList("select round from answer where session_id = ? and question_id = ? order by round",
                Integer.class, id, quiz.questions().getFirst().id())).containsExactly(0, 1);
        assertThat(jdbc.queryForObject("select count(distinct participant_id) from answer where session_id = ?", Integer.class, id)).isEqualTo(1);
    }

    private boolean questionOnScreen(Question q) {
        return $(H1.class).withId("question-text").all().stream()
                .anyMatch(h -> q.id().equals(h.getElement().getAttribute("data-question-id")));
    }

    private void answer(Question q) {
        q.correctChoiceIds().forEach(this::tapChoice);
        if (q.kind() == QuestionKind.MULTIPLE) test($(com.vaadin.flow.component.button.Button.class).id("validate-button")).click();
    }

    private static String text(String key, Object... args) {
        return Messages.get().format(key, Language.FR, args);
    }
}
