package ma.cybercaravane.sessions.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import ma.cybercaravane.accounts.Facilitator;
import ma.cybercaravane.accounts.Forms;
import ma.cybercaravane.accounts.InvalidInput;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.sessions.JoinableSession;
import ma.cybercaravane.sessions.SessionDraft;
import ma.cybercaravane.sessions.SessionPlanningService;
import ma.cybercaravane.sessions.Site;

/**
 * The planning form: when, where, for whom, which quizzes in which order, how it runs, who leads it, notes.
 * The service checks everything again and its refusals appear under the fields.
 */
class SessionForm extends Div {

    /** Saves the draft and returns the session id; refusals come back as {@link InvalidInput}. */
    interface Save extends Function<SessionDraft, UUID> {}

    private final SessionPlanningService planning;
    private final Binder<SessionDraft> binder = new Binder<>(SessionDraft.class);
    private final Paragraph errors = new Paragraph();
    private final QuizPicker quizzes;
    private final List<Facilitator> facilitators;
    private final ComboBox<Facilitator> facilitator;

    SessionForm(SessionPlanningService planning, Save save) {
        this.planning = planning;
        setId("session-form");
        DateTimePicker startsAt = new DateTimePicker(getTranslation("sessions.field.startsAt"));
        startsAt.setId("session-starts-at");
        List<Site> sites = planning.sites();
        ComboBox<Site> site = new ComboBox<>(getTranslation("sessions.field.site"), sites);
        site.setId("session-site");
        site.setItemLabelGenerator(s -> getTranslation("sessions.site.label", s.name(), s.city()));
        site.setHelperComponent(new Anchor("sites", getTranslation("sessions.form.newSite")));
        CheckboxGroup<AgeBand> audience = new CheckboxGroup<>(getTranslation("sessions.field.audience"), AgeBand.values());
        audience.setId("session-audience");
        audience.setItemLabelGenerator(b -> getTranslation(b.messageKey()));
        quizzes = new QuizPicker(planning.quizzesFor(EnumSet.allOf(AgeBand.class)));
        quizzes.setLabel(getTranslation("sessions.field.quizzes"));
        audience.addValueChangeListener(e -> quizzes.offer(planning.quizzesFor(e.getValue())));
        RadioButtonGroup<JoinableSession.Mode> mode = new RadioButtonGroup<>(getTranslation("sessions.field.mode"), JoinableSession.Mode.values());
        mode.setId("session-mode");
        mode.setItemLabelGenerator(m -> getTranslation("sessions.mode." + m.name()));
        Checkbox beforeAfter = new Checkbox(getTranslation("sessions.field.beforeAfter"));
        beforeAfter.setId("session-before-after");
        beforeAfter.setHelperText(getTranslation("sessions.field.beforeAfterHelp", SessionPlanningService.MAX_BEFORE_AFTER_QUESTIONS));
        Checkbox podium = new Checkbox(getTranslation("sessions.field.podium"));
        podium.setId("session-podium");
        podium.setHelperText(getTranslation("sessions.field.podiumHelp"));
        facilitators = new ArrayList<>(planning.facilitators());
        facilitator = new ComboBox<>(getTranslation("sessions.field.facilitator"), facilitators);
        facilitator.setId("session-facilitator");
        facilitator.setItemLabelGenerator(Facilitator::displayName);
        facilitator.setClearButtonVisible(true);
        TextArea notes = new TextArea(getTranslation("sessions.field.notes"));
        notes.setId("session-notes");
        notes.setMaxLength(SessionPlanningService.MAX_NOTES);
        String required = getTranslation("accounts.input.required");
        // Not asRequired: vaadin-date-time-picker then puts aria-required on its role="group", which ARIA forbids
        // (axe: critical). The value is still required, here and in the service.
        binder.forField(startsAt).withValidator(java.util.Objects::nonNull, required).bind("startsAt");
        binder.forField(site).asRequired(required).withConverter(Site::id,
                id -> sites.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null)).bind("siteId");
        binder.forField(audience).bind("audience");
        binder.forField(quizzes).bind("quizIds");
        binder.forField(mode).asRequired(required).bind("mode");
        binder.forField(beforeAfter).bind("beforeAfter");
        binder.forField(podium).bind("podium");
        binder.forField(facilitator).withConverter(f -> f == null ? null : f.id(),
                id -> facilitators.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null)).bind("facilitatorId");
        binder.forField(notes).withNullRepresentation("").withValidator(Forms.text(SessionPlanningService.MAX_NOTES, false, true)).bind("notes");
        errors.setId("session-form-errors");
        errors.addClassName("cc-form-errors");
        Button saveButton = new Button(getTranslation("sessions.form.save"), e -> save(save));
        saveButton.setId("session-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(startsAt, site, audience, quizzes, mode, facilitator, beforeAfter, podium, notes);
        layout.setColspan(notes, 2);
        add(layout, errors, saveButton);
    }

    /** Shows a draft; {@code current} is the facilitator in charge, kept even if this planner could not choose them. */
    void read(SessionDraft draft, Facilitator current) {
        if (current != null && facilitators.stream().noneMatch(f -> f.id().equals(current.id()))) {
            facilitators.add(current);
            facilitator.setItems(facilitators);
        }
        binder.readRecord(draft);
        quizzes.offer(planning.quizzesFor(draft.audience() == null ? EnumSet.noneOf(AgeBand.class) : draft.audience()));
    }

    private void save(Save save) {
        errors.setText("");
        try {
            UUID id = save.apply(binder.writeRecord());
            getUI().ifPresent(ui -> ui.navigate("sessions/" + id));
        } catch (ValidationException e) {
            errors.setText(getTranslation("sessions.form.fix"));
        } catch (InvalidInput e) {
            List<String> unplaced = Forms.show(e, binder, this);
            errors.setText(unplaced.isEmpty() ? getTranslation("sessions.form.fix") : String.join(" ", unplaced));
        }
    }
}
