package ma.cybercaravane.sessions.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.sessions.JoinableSession;
import ma.cybercaravane.sessions.LiveState;
import ma.cybercaravane.sessions.RunException;
import ma.cybercaravane.sessions.SessionFeed;
import ma.cybercaravane.sessions.SessionRun;
import ma.cybercaravane.sessions.SessionRunService;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.LanguageSupport;
import org.springframework.security.access.AccessDeniedException;

/**
 * The projector (1280x720, big type): how to join and the nicknames arriving; in live mode the question, the
 * count of answers, then the spread of answers with the right one and why; a podium at the end if asked for.
 */
@Route("sessions/:id/projector")
@PageTitle("CyberCaravane")
@PermitAll
@CssImport("./styles/run.css")
class ProjectorView extends Div implements BeforeEnterObserver {

    private static final int NICKNAMES_SHOWN = 60;

    private final SessionRunService service;
    private final FeedFollower follower;
    private final JoinPanel join = new JoinPanel("projector-");
    private final Paragraph count = new Paragraph();
    private final Div nicknames = new Div();
    private final Paragraph answers = new Paragraph();
    private final DistributionBars bars = new DistributionBars("projector-distribution");
    private UUID id;
    private String base;
    private String shownKey;
    private int nicknamesShown = -1;

    ProjectorView(SessionRunService service, SessionFeed feed) {
        this.service = service;
        this.follower = new FeedFollower(this, feed, null, batch -> refresh());
        addClassName("cc-projector");
        count.setId("projector-count");
        nicknames.setId("projector-nicknames");
        nicknames.addClassName("cc-projector-nicknames");
        answers.setId("projector-answers");
        answers.addClassName("cc-projector-answers");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            base = JoinPanel.browserBase();
            shownKey = null;
            refresh();
        } catch (IllegalArgumentException | RunException | AccessDeniedException e) {
            id = null;
            removeAll();
            add(big("projector-denied", e instanceof AccessDeniedException ? "run.error.denied" : "run.error.noSession"));
        }
        follower.follow(id);
    }

    private void refresh() {
        SessionRun run = service.run(id);
        JoinableSession s = run.session();
        LiveState live = s.live();
        String key = s.status() + "/" + (live == null || !s.open() ? "" : live.key());
        if (!key.equals(shownKey)) {
            shownKey = key;
            removeAll();
            build(run);
        }
        if (live != null && live.phase() == LiveState.Phase.REVEALED) {
            run.liveQuestion().ifPresent(q -> bars.show(q, run.distribution(), LanguageSupport.current(), true)); // hands may be corrected
        }
        answers.setText(getTranslation("run.projector.answers", run.distribution() == null ? 0 : run.distribution().answers(), run.liveDevices()));
        count.setText(getTranslation("run.projector.count", run.players().size(), run.children()));
        List<SessionRun.Player> players = run.players();
        if (players.size() == nicknamesShown && nicknames.getComponentCount() > 0) return; // answers arriving: nothing new here
        nicknamesShown = players.size();
        nicknames.removeAll();
        players.subList(Math.max(0, players.size() - NICKNAMES_SHOWN), players.size()).reversed().forEach(p -> {
            Span n = new Span(p.nickname());
            n.addClassName("cc-projector-nickname");
            nicknames.add(n);
        });
    }

    private void build(SessionRun run) {
        JoinableSession s = run.session();
        LiveState live = s.live();
        Language language = LanguageSupport.current();
        if (s.status() == JoinableSession.Status.PLANNED) {
            add(big("projector-planned", "run.projector.planned"));
        } else if (s.status() == JoinableSession.Status.CLOSED) {
            add(big("projector-closed", "run.projector.closed"));
        } else if (live == null || live.phase() == LiveState.Phase.WAITING) {
            join.show(s.code(), service.joinUrl(s.code(), base), false, base);
            add(big("projector-welcome", "run.projector.join"), join, count, nicknames);
        } else if (live.phase() == LiveState.Phase.FINISHED) {
            add(big("projector-finished", "run.projector.finished"));
            List<SessionRun.Place> podium = service.podium(id);
            if (!podium.isEmpty()) {
                OrderedList list = new OrderedList();
                list.setId("projector-podium");
                podium.forEach(p -> list.add(new ListItem(getTranslation("run.projector.place", p.place(), p.nickname(), p.score()))));
                add(list);
            }
        } else {
            run.liveQuestion().ifPresent(q -> question(run, q, live.phase() == LiveState.Phase.REVEALED, language));
        }
    }

    private void question(SessionRun run, Question q, boolean revealed, Language language) {
        H1 text = new H1(q.text().in(language));
        text.setId("projector-question");
        text.getElement().setAttribute("data-question-id", q.id());
        Paragraph counter = new Paragraph(getTranslation("run.projector.counter", run.session().live().position() + 1,
                run.liveQuiz().map(z -> z.questions().size()).orElse(0), run.session().code()));
        counter.addClassName("cc-projector-counter");
        add(counter, text);
        if (revealed) {
            Paragraph why = new Paragraph(q.explanation().in(language));
            why.setId("projector-explanation");
            why.addClassName("cc-projector-explanation");
            add(bars, why, answers);
        } else {
            OrderedList choices = new OrderedList();
            choices.setId("projector-choices");
            choices.addClassName("cc-projector-choices");
            for (Choice c : q.choices()) choices.add(new ListItem(c.text().in(language)));
            add(choices, answers);
        }
    }

    private Div big(String id, String key) {
        Div d = new Div(new H1(getTranslation(key)));
        d.setId(id);
        d.addClassName("cc-projector-big");
        return d;
    }
}
