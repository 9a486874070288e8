package ma.cybercaravane.sessions.ui;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ma.cybercaravane.sessions.JoinableSession;
import ma.cybercaravane.sessions.RunException;
import ma.cybercaravane.sessions.SessionFeed;
import ma.cybercaravane.sessions.SessionRun;
import ma.cybercaravane.sessions.SessionRunService;
import ma.cybercaravane.shared.ui.OrganizerLayout;
import org.springframework.security.access.AccessDeniedException;

/**
 * The facilitator's console for one session: open it, show how to join, run it live or follow the children's
 * pace, see who joined and who needs help, close it and read the summary. Everything arrives by push.
 */
@Route(value = "sessions/:id/run", layout = OrganizerLayout.class)
@PageTitle("CyberCaravane")
@PermitAll
@CssImport("./styles/run.css")
class ConsoleView extends Div implements BeforeEnterObserver {

    private final SessionRunService service;
    private final FeedFollower follower;
    private final H1 title = new H1();
    private final Paragraph state = new Paragraph();
    private final Button open = new Button();
    private final JoinPanel join = new JoinPanel("join-");
    private final Anchor projector = new Anchor();
    private final LiveControls live;
    private final Button afterRound = new Button();
    private final PlayersPanel players = new PlayersPanel();
    private final AlertsPanel alerts = new AlertsPanel();
    private final Div closing = new Div();
    private final SummaryPanel summary = new SummaryPanel();
    private UUID id;
    private String base;

    ConsoleView(SessionRunService service, SessionFeed feed) {
        this.service = service;
        this.follower = new FeedFollower(this, feed, Duration.ofSeconds(30), batch -> {
            alerts.take(batch);
            refresh();
        });
        this.live = new LiveControls(service, this::act);
        addClassNames("cc-organizer-page", "cc-console");
        title.setId("run-title");
        state.setId("run-state");
        open.setId("open-session");
        open.setText(getTranslation("run.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        open.addClickListener(e -> act(() -> service.open(id)));
        projector.setId("open-projector");
        projector.setText(getTranslation("run.projector.open"));
        projector.setTarget(AnchorTarget.BLANK);
        afterRound.setId("after-round");
        afterRound.setText(getTranslation("run.afterRound"));
        afterRound.addClickListener(e -> act(() -> service.startAfterRound(id)));
        Button close = new Button(getTranslation("run.close"), e -> closing.getChildren().skip(1).forEach(c -> c.setVisible(true)));
        close.setId("close-session");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button confirm = new Button(getTranslation("run.close.confirm"), e -> act(() -> service.close(id)));
        confirm.setId("close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("run.close.cancel"), e -> closing.getChildren().skip(1).forEach(c -> c.setVisible(false)));
        cancel.setId("close-cancel");
        confirm.setVisible(false);
        cancel.setVisible(false);
        closing.add(close, confirm, cancel);
        closing.addClassName("cc-closing");
        Div main = new Div(open, live, afterRound, projector);
        main.addClassName("cc-console-main");
        Div side = new Div(join, alerts, players);
        side.addClassName("cc-console-side");
        Div columns = new Div(main, side);
        columns.addClassName("cc-console-columns");
        add(title, state, columns, closing, summary);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            base = JoinPanel.browserBase(); // read in the browser's request: pushes have none
            refresh();
        } catch (IllegalArgumentException | RunException | AccessDeniedException e) {
            id = null;
            removeAll();
            Paragraph denied = new Paragraph(getTranslation(e instanceof AccessDeniedException ? "run.error.denied" : "run.error.noSession"));
            denied.setId("run-denied");
            add(denied);
        }
        follower.follow(id);
    }

    /** Runs a facilitator's action, then shows the new state; refusals are explained. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (RunException e) {
            Notification.show(getTranslation(e.key()));
        } catch (AccessDeniedException e) {
            Notification.show(getTranslation("run.error.denied"));
        }
        refresh();
    }

    private void refresh() {
        SessionRun run = service.run(id);
        JoinableSession s = run.session();
        title.setText(getTranslation("run.title", run.place().isEmpty() ? "" : run.place(),
                run.startsAt() == null ? "" : run.startsAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()))));
        state.setText(getTranslation("run.state", getTranslation("run.status." + s.status()), getTranslation("run.mode." + s.mode())));
        state.getElement().setAttribute("data-status", s.status().name());
        open.setVisible(s.status() == JoinableSession.Status.PLANNED);
        join.setVisible(s.open());
        projector.setVisible(s.status() != JoinableSession.Status.PLANNED);
        projector.setHref("sessions/" + id + "/projector");
        if (s.open()) {
            join.show(s.code(), service.joinUrl(s.code(), base), !service.publicUrlConfigured() && JoinPanel.loopback(base), base);
        }
        live.update(run);
        afterRound.setVisible(s.open() && s.beforeAfter() && s.round() == 0);
        alerts.update(run);
        players.update(run);
        closing.setVisible(s.open());
        summary.setVisible(s.status() == JoinableSession.Status.CLOSED);
        if (s.status() == JoinableSession.Status.CLOSED) summary.show(id, service.summary(id));
    }
}
