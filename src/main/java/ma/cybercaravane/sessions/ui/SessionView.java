package ma.cybercaravane.sessions.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ma.cybercaravane.accounts.InvalidInput;
import ma.cybercaravane.sessions.JoinableSession;
import ma.cybercaravane.sessions.SessionDetails;
import ma.cybercaravane.sessions.SessionPlanningService;
import ma.cybercaravane.shared.Regions;
import ma.cybercaravane.shared.ui.LanguageSupport;
import ma.cybercaravane.shared.ui.OrganizerLayout;

/** One session: everything planned for it, the way to run it, its materials, its workbook, parents' cards, notes. */
@Route(value = "sessions/:id", layout = OrganizerLayout.class)
@PageTitle("CyberCaravane")
@PermitAll
@CssImport("./styles/organizer.css")
class SessionView extends Div implements BeforeEnterObserver {

    private final SessionPlanningService planning;
    private final Regions regions;

    SessionView(SessionPlanningService planning, Regions regions) {
        this.planning = planning;
        this.regions = regions;
    }

    /** The session id of the address; empty when it is not an id at all. */
    static Optional<UUID> id(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().get("id").map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<SessionDetails> session = id(event).flatMap(planning::find);
        if (session.isEmpty()) {
            add(Labels.missing(this));
            return;
        }
        SessionDetails s = session.get();
        addClassName("cc-organizer-page");
        H1 title = new H1(s.site() == null ? getTranslation("sessions.page.title") : s.site().name());
        title.setId("session-title");
        Span status = new Span(getTranslation("sessions.status." + s.status().name()));
        status.setId("session-status");
        status.addClassNames("cc-status", "cc-status-" + s.status().name().toLowerCase(java.util.Locale.ROOT));
        add(title, status, details(s), actions(s), new ParentsCardLink(), notes(s));
    }

    private DescriptionList details(SessionDetails s) {
        DescriptionList list = new DescriptionList();
        list.setId("session-details");
        list.addClassName("cc-details");
        item(list, "sessions.field.startsAt", new Span(Labels.dateTime(s.startsAt())));
        if (s.site() != null) {
            item(list, "sessions.site.kind", new Span(getTranslation(s.site().kind().messageKey())));
            item(list, "sessions.site.city", new Span(s.site().city()));
            item(list, "sessions.site.host", new Span(s.site().hostOrganization() == null ? "" : s.site().hostOrganization()));
        }
        item(list, "sessions.site.region", new Span(Labels.region(regions, s.regionCode())));
        item(list, "sessions.field.audience", new Span(Labels.audience(this, s.audience())));
        OrderedList quizzes = new OrderedList();
        quizzes.setId("session-quiz-list");
        s.quizzes().forEach(q -> quizzes.add(new ListItem(q.title().in(LanguageSupport.current()))));
        item(list, "sessions.field.quizzes", quizzes);
        item(list, "sessions.field.mode", new Span(getTranslation("sessions.mode." + s.mode().name())));
        item(list, "sessions.page.beforeAfter", new Span(getTranslation(s.beforeAfter() ? "sessions.page.yes" : "sessions.page.no")));
        item(list, "sessions.field.podium", new Span(getTranslation(s.podium() ? "sessions.page.yes" : "sessions.page.no")));
        item(list, "sessions.field.facilitator", new Span(s.facilitatorName() == null ? getTranslation("sessions.page.noFacilitator") : s.facilitatorName()));
        if (s.joinCode() != null) item(list, "sessions.page.joinCode", new Span(s.joinCode()));
        return list;
    }

    private void item(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private Div actions(SessionDetails s) {
        Div actions = new Div();
        actions.addClassName("cc-actions");
        String base = "sessions/" + s.id();
        if (s.status() != JoinableSession.Status.CLOSED) actions.add(link(base + "/run", "sessions.page.run", "session-run"));
        if (s.editable()) actions.add(link(base + "/edit", "sessions.page.edit", "session-edit"));
        actions.add(link(base + "/materials", "sessions.page.materials", "session-materials"));
        Anchor workbook = link("reports/session/" + s.id(), "sessions.page.workbook", "session-workbook");
        workbook.setRouterIgnore(true);
        actions.add(workbook);
        return actions;
    }

    private Anchor link(String href, String key, String id) {
        Anchor a = new Anchor(href, getTranslation(key));
        a.setId(id);
        a.addClassName("cc-action");
        return a;
    }

    private Div notes(SessionDetails s) {
        TextArea notes = new TextArea(getTranslation("sessions.field.notes"));
        notes.setId("session-notes-edit");
        notes.setMaxLength(SessionPlanningService.MAX_NOTES);
        notes.setValue(s.notes() == null ? "" : s.notes());
        notes.setWidthFull();
        Button save = new Button(getTranslation("sessions.page.saveNotes"), e -> {
            try {
                planning.updateNotes(s.id(), notes.getValue());
                notes.setInvalid(false);
                Notification.show(getTranslation("sessions.page.notesSaved"));
            } catch (InvalidInput refused) {
                notes.setErrorMessage(getTranslation(refused.errors().getFirst().key(), refused.errors().getFirst().argArray()));
                notes.setInvalid(true);
            }
        });
        save.setId("session-notes-save");
        Div box = new Div(new H2(getTranslation("sessions.field.notes")), notes, save);
        box.addClassName("cc-notes");
        return box;
    }
}
