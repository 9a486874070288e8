package ma.cybercaravane.content.ui;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.QuestionKind;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.ReadAloud;

/**
 * One question drawn the way the child's screen draws it (same classes, same pictures, read-aloud), in the preview
 * language. A tap answers (several choices, then "validate", for a multiple question); choices then lock and the
 * right ones are marked. Calls back with the chosen ids; stores nothing.
 */
class PreviewQuestion extends Div {

    private final Set<Component> choiceButtons = new LinkedHashSet<>();
    private boolean answered;

    PreviewQuestion(Question q, Language language, int index, int total, BiConsumer<PreviewQuestion, Set<String>> onAnswer) {
        Span counter = new Span(getTranslation("library.preview.counter", index + 1, total));
        counter.addClassName("cc-counter");
        H2 text = new H2(q.text().in(language));
        text.setId("question-text");
        text.getElement().setAttribute("data-question-id", q.id());
        text.addClassName("cc-question");
        Div line = new Div(text, new ReadAloud(q.text().in(language), q.text().resolve(language).language()));
        line.addClassName("cc-question-line");
        add(counter, line);
        if (q.image() != null) {
            Image image = new Image("quiz-images/" + q.image(), "");
            image.addClassName("cc-picture");
            add(image);
        }
        Div choices = new Div();
        choices.addClassName(q.kind() == QuestionKind.PICTURE ? "cc-picture-choices" : "cc-choices");
        Set<String> selected = new LinkedHashSet<>();
        Button validate = new Button(getTranslation("library.preview.validate"), e -> answer(q, selected, onAnswer));
        validate.setId("validate-button");
        validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        validate.setEnabled(false);
        for (Choice c : q.choices()) {
            Component b = c.image() != null ? pictureChoice(c, language) : textChoice(c, language);
            b.setId("choice-" + c.id());
            b.getElement().setAttribute("data-correct", String.valueOf(c.correct()));
            choiceButtons.add(b);
            ((ClickNotifier<?>) b).addClickListener(e -> {
                if (answered) return;
                if (q.kind() == QuestionKind.MULTIPLE) {
                    boolean on = selected.add(c.id()) || !selected.remove(c.id());
                    b.getElement().getClassList().set("cc-selected", on);
                    b.getElement().setAttribute("aria-pressed", String.valueOf(on));
                    validate.setEnabled(!selected.isEmpty());
                } else {
                    b.getElement().getClassList().add("cc-selected");
                    answer(q, Set.of(c.id()), onAnswer);
                }
            });
            choices.add(b);
        }
        add(choices);
        if (q.kind() == QuestionKind.MULTIPLE) add(new Paragraph(getTranslation("library.preview.several")), validate);
    }

    private void answer(Question q, Set<String> chosen, BiConsumer<PreviewQuestion, Set<String>> onAnswer) {
        if (answered || chosen.isEmpty()) return;
        answered = true;
        for (Component b : choiceButtons) {
            if ("true".equals(b.getElement().getAttribute("data-correct"))) b.getElement().getClassList().add("cc-correct");
        }
        onAnswer.accept(this, Set.copyOf(chosen));
    }

    private static Button textChoice(Choice c, Language language) {
        Button b = new Button(c.text().in(language));
        b.addClassName("cc-choice");
        return b;
    }

    private static NativeButton pictureChoice(Choice c, Language language) {
        NativeButton b = new NativeButton();
        b.add(new Image("quiz-images/" + c.image(), ""), new Span(c.text().in(language)));
        b.addClassName("cc-picture-choice");
        return b;
    }
}
