package ma.cybercaravane.sessions.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.play.PlayService;
import ma.cybercaravane.sessions.PlannedSessions;
import ma.cybercaravane.sessions.SessionActivity;
import ma.cybercaravane.sessions.SessionFeed;
import ma.cybercaravane.sessions.SessionRun;
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

/** The facilitator's console: open, children arriving by push, live questions, hands, help alerts, close and summary. */
class ConsoleTest extends PushTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlayService play;
    @Autowired
    ContentService content;
    @Autowired
    SessionFeed feed;
    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    TestAccounts.Account facilitator;
    PlannedSessions sessions;

    @BeforeEach
    void signIn() {
        facilitator = new TestAccounts(jdbc).create("FACILITATOR", "09");
        TestAccounts.signIn(facilitator);
        sessions = new PlannedSessions(jdbc);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theConsoleOpensALiveSessionShowsItsCodeAndFollowsTheChildrenByPush() {
        UUID id = sessions.create(PlannedSessions.Plan.live("09", facilitator.id(), "scams-9-11"));
        navigate("sessions/" + id + "/run", ConsoleView.class);
        assertThat($(Paragraph.class).id("run-state").getElement().getAttribute("data-status")).isEqualTo("PLANNED");
        test($(Button.class).id("open-session")).click();

        String code = jdbc.queryForObject("select join_code from caravan_session where id = ?", String.class, id);
        assertThat($(Span.class).id("join-code").getText()).isEqualTo(code).hasSize(6);
        assertThat($(Span.class).id("join-url").getText()).endsWith("/start?code=" + code);
        assertThat($(Image.class).id("join-qr").getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(feed.subscribers(id)).as("the console follows its session").isEqualTo(1);

        // A child joins with the code: the console lists the nickname, band and team size by push.
        Quiz quiz = content.quiz("scams-9-11").orElseThrow();
        String token = play.start(new PlayService.StartRequest(code, quiz.id(), quiz.band(), Language.FR, play.suggestNickname(), 3));
        String nickname = play.progress(token).orElseThrow().nickname();
        Grid<SessionRun.Player> grid = players();
        String joined = text("run.players.count", 1, 3, 0);
        awaitPush("the new participant", () -> joined.equals($(Paragraph.class).id("players-count").getText()));
        assertThat(grid.getListDataView().getItems()).singleElement()
                .satisfies(p -> assertThat(p.nickname()).isEqualTo(nickname))
                .satisfies(p -> assertThat(p.teamSize()).isEqualTo(3));
        assertThat(test(grid).getCellText(0, 0)).isEqualTo(nickname);
        assertThat($(Paragraph.class).id("players-count").getText()).isEqualTo(text("run.players.count", 1, 3, 0));

        // Live: open the first question, an answer arrives, raised hands are typed, reveal.
        test($(Button.class).id("live-next")).click();
        Question q = quiz.questions().getFirst();
        assertThat($(com.vaadin.flow.component.html.H2.class).id("live-question").getText()).isEqualTo(q.text().in(Language.FR));
        assertThat($(Button.class).id("live-reveal").isEnabled()).isTrue();
        String right = q.correctChoiceIds().iterator().next();
        play.answer(token, q.id(), q.correctChoiceIds(), 800);
        awaitPush("the answer in the distribution", () -> "3".equals(bar(right).getElement().getAttribute("data-count")));
        $(IntegerField.class).id("hands-" + right).setValue(4);
        assertThat(bar(right).getElement().getAttribute("data-count")).isEqualTo("7");
        assertThat(jdbc.queryForObject("select hands from hand_count where session_id = ? and choice_id = ?", Integer.class, id, right)).isEqualTo(4);
        test($(Button.class).id("live-reveal")).click();
        assertThat($(Button.class).id("live-reveal").isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select live_phase from caravan_session where id = ?", String.class, id)).isEqualTo("REVEALED");

        // Help: the nickname shows in the console only.
        play.requestHelp(Optional.of(token));
        awaitPush("the help alert", () -> $(Div.class).id("help-alerts").getElement().getTextRecursively().contains(nickname));
        assertThat($(Paragraph.class).id("help-count").getText()).isEqualTo(text("run.alerts.help", 1));

        // The laptop's storage fails somewhere: every console shows the alert.
        assertThat($(Paragraph.class).withId("storage-alert").all()).as("hidden while answers are stored").isEmpty();
        publisher.publishEvent(new SessionActivity.StorageFailed(null, java.time.Instant.now()));
        awaitPush("the storage alert", () -> !$(Paragraph.class).withId("storage-alert").all().isEmpty());

        // Close (confirmed): a summary replaces the controls.
        test($(Button.class).id("close-session")).click();
        test($(Button.class).id("close-confirm")).click();
        assertThat(jdbc.queryForObject("select status from caravan_session where id = ?", String.class, id)).isEqualTo("CLOSED");
        assertThat($(Div.class).id("session-summary").isVisible()).isTrue();
        assertThat($(Paragraph.class).id("summary-children").getText()).isEqualTo(text("run.summary.children", 7, 1));
        assertThat($(Paragraph.class).id("summary-score").getText()).isEqualTo(text("run.summary.score", 100));
        assertThat($(Paragraph.class).id("summary-help").getText()).isEqualTo(text("run.summary.help", 1));
    }

    @Test
    void anotherFacilitatorSeesNoConsoleAndTheFeedIsLeftWhenTheConsoleGoes() {
        UUID id = sessions.create(PlannedSessions.Plan.selfPaced("09", facilitator.id(), "data-9-11"));
        navigate("sessions/" + id + "/run", ConsoleView.class);
        assertThat(feed.subscribers(id)).isEqualTo(1);
        navigate("sessions/" + id + "/projector", ProjectorView.class);
        assertThat(feed.subscribers(id)).as("the console's registration went with it").isEqualTo(1);
        assertThat($(H1.class).first().getText()).isEqualTo(text("run.projector.planned"));

        TestAccounts.signIn(new TestAccounts(jdbc).create("FACILITATOR", "09"));
        navigate("sessions/" + id + "/run", ConsoleView.class);
        assertThat($(Paragraph.class).id("run-denied").getText()).isEqualTo(text("run.error.denied"));
        assertThat($(Button.class).withId("open-session").all()).isEmpty();
        assertThat(feed.subscribers(id)).isZero();
    }

    @SuppressWarnings("unchecked")
    private Grid<SessionRun.Player> players() {
        return $(Grid.class).id("players-grid");
    }

    private Div bar(String choiceId) {
        List<Div> bars = $(Div.class, $(Div.class).id("live-distribution")).withId("bar-" + choiceId).all();
        return bars.getFirst();
    }

    private static String text(String key, Object... args) {
        return Messages.get().format(key, Language.FR, args);
    }
}
