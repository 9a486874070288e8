package ma.cybercaravane.play.ui;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.play.PlayException;
import ma.cybercaravane.play.PlayService;
import ma.cybercaravane.play.Progress;
import ma.cybercaravane.sessions.SessionActivity;
import ma.cybercaravane.sessions.SessionFeed;
import ma.cybercaravane.shared.ui.ChildLayout;

/**
 * The child's quiz screen. The address carries the device's token: a reload, a reconnect or a restarted laptop
 * rebuild the screen from the stored answers and the session's state. In a session the screen follows the
 * facilitator by server push (no polling): one message per change of state, only when this device's screen
 * changes (waiting, question, answer sent, reveal, end, session closed).
 */
@Route(value = "play", layout = ChildLayout.class)
@PageTitle("CyberCaravane")
@AnonymousAllowed
@CssImport("./styles/run.css")
class PlayView extends Div implements HasUrlParameter<String> {

    private final PlayService play;
    private final SessionFeed feed;
    private String token;
    private String shownKey;
    private UUID followed;
    private Registration following;

    PlayView(PlayService play, SessionFeed feed) {
        this.play = play;
        this.feed = feed;
        addClassName("cc-play");
        addDetachListener(e -> unfollow());
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        this.shownKey = null;
        show(null);
    }

    /** Shows what this device must show now; {@code notice} (a translation key) is said kindly on top. */
    private void show(String notice) {
        Optional<Progress> progress = play.progress(token);
        if (progress.isEmpty()) {
            unfollow();
            removeAll();
            message("play.error.unknownToken");
            return;
        }
        render(progress.get(), notice);
    }

    private void render(Progress p, String notice) {
        follow(p);
        Progress.Step step = p.step();
        if (notice == null && step.key().equals(shownKey)) return;
        shownKey = step.key();
        removeAll();
        if (notice != null) add(kind(notice, "play-notice"));
        switch (step.screen()) {
            case QUESTION -> add(new QuestionScreen(p, step.question(), (q, chosen, ms) -> submit(p, q, chosen, ms)));
            case ANSWERED -> add(Screens.answered(p));
            case REVEALED -> add(Screens.feedback(step.question(), step.given() == null ? null : step.given().correct(), p.language(), null));
            case WAITING -> add(Screens.waiting(p, false));
            case WAITING_AFTER -> add(Screens.waiting(p, true));
            case FINISHED -> {
                if (p.liveMode()) {
                    add(Screens.finished(p, () -> getUI().ifPresent(ui -> ui.navigate(ResultView.class, token))));
                } else {
                    unfollow();
                    getUI().ifPresent(ui -> ui.navigate(ResultView.class, token));
                }
            }
            case CLOSED -> {
                unfollow();
                message("play.error.sessionClosed");
                if (!p.answers().isEmpty()) {
                    Button result = new Button(getTranslation("play.live.result"), e -> getUI().ifPresent(ui -> ui.navigate(ResultView.class, token)));
                    result.setId("result-button");
                    add(result);
                }
            }
        }
    }

    private void submit(Progress p, Question q, Set<String> chosen, int elapsedMs) {
        PlayService.AnswerResult result;
        try {
            result = play.answer(token, p.round(), q.id(), chosen, elapsedMs);
        } catch (PlayException e) {
            switch (e.key()) {
                case "play.error.saveFailed" -> retry(p, q, chosen, elapsedMs);
                case "play.error.questionClosed" -> show(e.key());
                case "play.error.sessionClosed" -> {
                    shownKey = null;
                    show(null); // the closed screen says it kindly
                }
                default -> {
                    removeAll();
                    message(e.key());
                }
            }
            return;
        }
        Progress answered = p.withAnswer(new Progress.Given(q.id(), chosen, result.correct()));
        if (p.liveMode()) {
            // Only this answer changed: the screen follows from it without reading everything again (300 phones).
            render(answered, null);
            return;
        }
        // At the child's pace: feedback first; the screen after it is the next step (a push does not skip the feedback).
        shownKey = answered.step().key();
        removeAll();
        add(Screens.feedback(q, result.correct(), p.language(), () -> {
            shownKey = null;
            show(null);
        }));
    }

    /** The answer is kept on the device and sent again: nothing is lost while the laptop's storage recovers. */
    private void retry(Progress p, Question q, Set<String> chosen, int elapsedMs) {
        getChildren().filter(c -> "save-problem".equals(c.getId().orElse(null))).toList().forEach(this::remove);
        Button again = new Button(getTranslation("play.question.retry"), e -> submit(p, q, chosen, elapsedMs));
        again.setId("retry-button");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(kind("play.error.saveFailed", null), again);
        box.setId("save-problem");
        addComponentAsFirst(box);
    }

    /** Follows the session by push while it is open; the registration goes with the view (no leak with 300 devices). */
    private void follow(Progress p) {
        UUID session = p.acceptingAnswers() ? p.sessionId() : null;
        if (session != null && session.equals(followed)) return;
        unfollow();
        UI ui = UI.getCurrent();
        if (session == null || ui == null) return;
        followed = session;
        following = feed.subscribe(session, Set.of(SessionActivity.StateChanged.class), event -> {
            try {
                ui.access(() -> {
                    if (token != null && session.equals(followed)) show(null);
                });
            } catch (UIDetachedException gone) {
                // the device left; its detach removes the registration
            }
        });
    }

    private void unfollow() {
        if (following != null) following.remove();
        following = null;
        followed = null;
    }

    private Paragraph kind(String key, String id) {
        Paragraph p = new Paragraph(getTranslation(key));
        if (id != null) p.setId(id);
        p.addClassName("cc-kind-message");
        return p;
    }

    private void message(String key) {
        Button home = new Button(getTranslation("play.back.home"), e -> getUI().ifPresent(ui -> ui.navigate(HomeView.class)));
        home.setId("back-home");
        add(kind(key, "play-message"), home);
    }
}
