package ma.cybercaravane.sessions.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ma.cybercaravane.accounts.Facilitator;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.sessions.JoinableSession;
import ma.cybercaravane.sessions.SessionDraft;
import ma.cybercaravane.sessions.SessionPlanningService;
import ma.cybercaravane.shared.ui.OrganizerLayout;

/** Plan a new caravan session; it starts as "planned". */
@Route(value = "sessions/new", layout = OrganizerLayout.class)
@PageTitle("CyberCaravane")
@PermitAll
@CssImport("./styles/organizer.css")
class SessionNewView extends Div {

    SessionNewView(SessionPlanningService planning) {
        addClassName("cc-organizer-page");
        SessionForm form = new SessionForm(planning, planning::plan);
        List<Facilitator> facilitators = planning.facilitators();
        form.read(new SessionDraft(LocalDate.now(SessionPlanningService.ZONE).plusDays(1).atTime(LocalTime.of(9, 0)), null,
                EnumSet.noneOf(AgeBand.class), List.of(), JoinableSession.Mode.LIVE, false, false,
                facilitators.size() == 1 ? facilitators.getFirst().id() : null, null), null);
        add(new H1(getTranslation("sessions.form.newTitle")), form);
    }
}
