package ma.cybercaravane.play.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.QuestionKind;
import ma.cybercaravane.play.Progress;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.ReadAloud;

/**
 * One question, big touch targets, read-aloud: one tap answers a single choice, several choices are validated.
 * Plain buttons only (old phones): {@code question-text} carries the question id and round for tests and the
 * load client, each choice is {@code choice-<id>}.
 */
class QuestionScreen extends Div {

    interface Answering {
        void answer(Question question, Set<String> chosen, int elapsedMs);
    }

    private final long shownAt = System.currentTimeMillis();

    QuestionScreen(Progress p, Question q, Answering answering) {
        Language language = p.language();
        Span counter = new Span(getTranslation("play.question.counter", p.quiz().indexOf(q.id()) + 1, p.total()));
        counter.addClassName("cc-counter");
        Span who = new Span(p.nickname());
        who.addClassName("cc-who");
        H1 text = new H1(q.text().in(language));
        text.setId("question-text");
        text.getElement().setAttribute("data-question-id", q.id());
        text.getElement().setAttribute("data-round", String.valueOf(p.round()));
        text.addClassName("cc-question");
        Div head = new Div(counter, who);
        head.addClassName("cc-play-head");
        Div line = new Div(text, new ReadAloud(q.text().in(language), language));
        line.addClassName("cc-question-line");
        add(head, line);
        if (q.image() != null) {
            Image image = new Image("quiz-images/" + q.image(), "");
            image.addClassName("cc-picture");
            add(image);
        }
        Div choices = new Div();
        choices.addClassName(q.kind() == QuestionKind.PICTURE ? "cc-picture-choices" : "cc-choices");
        Set<String> selected = new LinkedHashSet<>();
        Button validate = new Button(getTranslation("play.question.validate"), e -> answering.answer(q, Set.copyOf(selected), elapsed()));
        validate.setId("validate-button");
        validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        validate.setEnabled(false);
        for (Choice c : q.choices()) {
            Component b = c.image() != null ? pictureChoice(c, language) : textChoice(c, language);
            b.setId("choice-" + c.id());
            ClickNotifier<?> clickable = (ClickNotifier<?>) b;
            if (q.kind() == QuestionKind.MULTIPLE) {
                b.getElement().setAttribute("aria-pressed", "false");
                clickable.addClickListener(e -> {
                    boolean on = selected.add(c.id()) || !selected.remove(c.id());
                    b.getElement().setAttribute("aria-pressed", String.valueOf(on));
                    b.getElement().getClassList().set("cc-selected", on);
                    validate.setEnabled(!selected.isEmpty());
                });
            } else {
                // One tap answers: the youngest children should not need a second button.
                clickable.addClickListener(e -> answering.answer(q, Set.of(c.id()), elapsed()));
            }
            Div choiceLine = new Div(b, new ReadAloud(c.text().in(language), language));
            choiceLine.addClassName("cc-choice-line");
            choices.add(choiceLine);
        }
        add(choices);
        if (q.kind() == QuestionKind.MULTIPLE) add(new Paragraph(getTranslation("play.question.several")), validate);
    }

    private int elapsed() {
        return (int) (System.currentTimeMillis() - shownAt);
    }

    private static Button textChoice(Choice c, Language language) {
        Button b = new Button(c.text().in(language));
        b.addClassName("cc-choice");
        return b;
    }

    /** A native button holding the picture and its words: the whole card is the touch target. */
    private static NativeButton pictureChoice(Choice c, Language language) {
        Image image = new Image("quiz-images/" + c.image(), "");
        Span words = new Span(c.text().in(language));
        NativeButton b = new NativeButton();
        b.add(image, words);
        b.addClassName("cc-picture-choice");
        return b;
    }
}
