package ma.cybercaravane.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ma.cybercaravane.accounts.Facilitator;
import ma.cybercaravane.accounts.InvalidInput;
import ma.cybercaravane.sessions.JoinableSession;
import ma.cybercaravane.sessions.SessionFilter;
import ma.cybercaravane.sessions.SessionPlanningService;
import ma.cybercaravane.sessions.SessionRow;
import ma.cybercaravane.shared.Regions;
import ma.cybercaravane.shared.ui.OrganizerLayout;

/** Caravan sessions in the organizer's scope, filtered by period, region, status, facilitator and text. */
@Route(value = "sessions", layout = OrganizerLayout.class)
@PageTitle("CyberCaravane")
@Menu(title = "sessions.list.menu", order = 10)
@PermitAll
@CssImport("./styles/organizer.css")
class SessionsView extends Div {

    private final SessionPlanningService planning;
    private final Grid<SessionRow> grid = new Grid<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<String> region = new Select<>();
    private final Select<JoinableSession.Status> status = new Select<>();
    private final ComboBox<Facilitator> facilitator = new ComboBox<>();
    private final TextField text = new TextField();

    SessionsView(SessionPlanningService planning, Regions regions) {
        this.planning = planning;
        addClassName("cc-organizer-page");
        Button plan = new Button(getTranslation("sessions.list.plan"), e -> getUI().ifPresent(ui -> ui.navigate("sessions/new")));
        plan.setId("session-new");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        from.setLabel(getTranslation("sessions.filter.from"));
        from.setId("filter-from");
        to.setLabel(getTranslation("sessions.filter.to"));
        to.setId("filter-to");
        region.setLabel(getTranslation("sessions.filter.region"));
        region.setId("filter-region");
        region.setItems(planning.regionsInScope());
        region.setVisible(planning.regionsInScope().size() > 1);
        region.setItemLabelGenerator(code -> code == null ? getTranslation("sessions.filter.any") : Labels.region(regions, code));
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption(getTranslation("sessions.filter.any"));
        status.setLabel(getTranslation("sessions.filter.status"));
        status.setId("filter-status");
        status.setItems(JoinableSession.Status.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("sessions.filter.any") : getTranslation("sessions.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("sessions.filter.any"));
        facilitator.setLabel(getTranslation("sessions.filter.facilitator"));
        facilitator.setId("filter-facilitator");
        facilitator.setItems(planning.facilitators());
        facilitator.setItemLabelGenerator(Facilitator::displayName);
        facilitator.setClearButtonVisible(true);
        text.setLabel(getTranslation("sessions.filter.text"));
        text.setId("filter-text");
        text.setMaxLength(SessionPlanningService.MAX_SEARCH);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        Div filters = new Div(from, to, region, status, facilitator, text);
        filters.addClassName("cc-filters");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        facilitator.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        grid.setId("sessions-grid");
        grid.addColumn(r -> Labels.dateTime(r.startsAt())).setHeader(getTranslation("sessions.field.startsAt"));
        grid.addComponentColumn(r -> {
            Anchor open = new Anchor("sessions/" + r.id(), r.siteName() == null ? getTranslation("sessions.page.title") : r.siteName());
            open.setId("open-" + r.id());
            return open;
        }).setHeader(getTranslation("sessions.field.site"));
        grid.addColumn(r -> r.city() == null ? "" : r.city()).setHeader(getTranslation("sessions.site.city"));
        grid.addColumn(r -> Labels.region(regions, r.regionCode())).setHeader(getTranslation("sessions.site.region"));
        grid.addColumn(r -> Labels.audience(this, r.audience())).setHeader(getTranslation("sessions.field.audience"));
        grid.addColumn(r -> getTranslation("sessions.status." + r.status().name())).setHeader(getTranslation("sessions.field.status"));
        grid.addColumn(r -> r.facilitatorName() == null ? "" : r.facilitatorName()).setHeader(getTranslation("sessions.field.facilitator"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("sessions/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("sessions.list.empty"));
        add(new H1(getTranslation("sessions.list.title")), plan, filters, grid);
        refresh();
    }

    private void refresh() {
        try {
            text.setInvalid(false);
            grid.setItems(planning.list(new SessionFilter(from.getValue(), to.getValue(), region.getValue(), status.getValue(),
                    facilitator.getValue() == null ? null : facilitator.getValue().id(), text.getValue())));
        } catch (InvalidInput e) {
            text.setErrorMessage(getTranslation(e.errors().getFirst().key(), e.errors().getFirst().argArray()));
            text.setInvalid(true);
        }
    }
}
