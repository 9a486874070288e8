package ma.cybercaravane.sessions.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ma.cybercaravane.accounts.Facilitator;
import ma.cybercaravane.sessions.SessionDetails;
import ma.cybercaravane.sessions.SessionPlanningService;
import ma.cybercaravane.shared.ui.OrganizerLayout;

/** Change a planned session (an open or closed one keeps what happened; only its notes change, on its page). */
@Route(value = "sessions/:id/edit", layout = OrganizerLayout.class)
@PageTitle("CyberCaravane")
@PermitAll
@CssImport("./styles/organizer.css")
class SessionEditView extends Div implements BeforeEnterObserver {

    private final SessionPlanningService planning;

    SessionEditView(SessionPlanningService planning) {
        this.planning = planning;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<UUID> id = SessionView.id(event);
        Optional<SessionDetails> session = id.flatMap(planning::find);
        if (session.isEmpty()) {
            add(Labels.missing(this));
            return;
        }
        addClassName("cc-organizer-page");
        SessionDetails details = session.get();
        add(new H1(getTranslation("sessions.form.editTitle")));
        if (!details.editable()) {
            Paragraph locked = new Paragraph(getTranslation("sessions.error.notPlanned"));
            locked.setId("session-locked");
            add(locked, new Anchor("sessions/" + details.id(), getTranslation("sessions.page.back")));
            return;
        }
        SessionForm form = new SessionForm(planning, draft -> {
            planning.update(details.id(), draft);
            return details.id();
        });
        form.read(details.toDraft(), details.facilitatorId() == null ? null
                : new Facilitator(details.facilitatorId(), java.util.Objects.toString(details.facilitatorName(), ""), null));
        add(form);
    }
}
