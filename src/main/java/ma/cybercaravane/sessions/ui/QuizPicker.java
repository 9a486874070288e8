package ma.cybercaravane.sessions.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import ma.cybercaravane.sessions.PlannedQuiz;
import ma.cybercaravane.shared.ui.LanguageSupport;

/** The session's quizzes in playing order: add from the quizzes of the audience, move up, remove. */
class QuizPicker extends CustomField<List<String>> {

    private final Select<PlannedQuiz> add = new Select<>();
    private final OrderedList chosenList = new OrderedList();
    private final Map<String, PlannedQuiz> known = new LinkedHashMap<>();
    private List<String> chosen = new ArrayList<>();

    QuizPicker(List<PlannedQuiz> library) {
        library.forEach(q -> known.put(q.id(), q));
        setId("session-quizzes");
        add.setId("session-quiz-add");
        add.setAriaLabel(getTranslation("sessions.quizzes.add"));
        add.setPlaceholder(getTranslation("sessions.quizzes.add"));
        add.setItemLabelGenerator(this::label);
        add.addValueChangeListener(e -> {
            if (e.getValue() == null || chosen.contains(e.getValue().id())) return;
            chosen.add(e.getValue().id());
            add.clear();
            changed();
        });
        chosenList.addClassName("cc-quiz-order");
        add(new Div(chosenList, add));
    }

    /** The quizzes that may be added (those of the chosen audience). */
    void offer(List<PlannedQuiz> quizzes) {
        add.setItems(quizzes);
    }

    @Override
    protected List<String> generateModelValue() {
        return List.copyOf(chosen);
    }

    @Override
    protected void setPresentationValue(List<String> value) {
        chosen = value == null ? new ArrayList<>() : new ArrayList<>(value);
        render();
    }

    private void changed() {
        render();
        updateValue();
    }

    private void render() {
        chosenList.removeAll();
        for (int i = 0; i < chosen.size(); i++) {
            String id = chosen.get(i);
            int index = i;
            Button up = new Button(getTranslation("sessions.quizzes.up"), e -> {
                chosen.add(index - 1, chosen.remove(index));
                changed();
            });
            up.setId("quiz-up-" + id);
            up.setEnabled(i > 0);
            Button remove = new Button(getTranslation("sessions.quizzes.remove"), e -> {
                chosen.remove(index);
                changed();
            });
            remove.setId("quiz-remove-" + id);
            up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            chosenList.add(new ListItem(new Span(label(known.get(id), id)), up, remove));
        }
    }

    private String label(PlannedQuiz quiz) {
        return label(quiz, quiz == null ? "" : quiz.id());
    }

    private String label(PlannedQuiz quiz, String id) {
        if (quiz == null || quiz.band() == null) return id;
        return getTranslation("sessions.quizzes.label", quiz.title().in(LanguageSupport.current()),
                getTranslation(quiz.band().messageKey()), quiz.questions());
    }
}
