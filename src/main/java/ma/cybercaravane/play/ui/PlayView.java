package ma.cybercaravane.play.ui;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.QuestionKind;
import ma.cybercaravane.play.PlayException;
import ma.cybercaravane.play.PlayService;
import ma.cybercaravane.play.Progress;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.ChildLayout;
import ma.cybercaravane.shared.ui.ReadAloud;

/**
 * One question per screen, big touch targets, read-aloud, then kind feedback and the explanation. The address
 * carries the device's token: a reload or a reconnect rebuilds the screen from the stored answers.
 */
@Route(value = "play", layout = ChildLayout.class)
@PageTitle("CyberCaravane")
@AnonymousAllowed
class PlayView extends Div implements HasUrlParameter<String> {

    private final PlayService play;
    private String token;
    private Language language = Language.FR;
    private long shownAt;

    PlayView(PlayService play) {
        this.play = play;
        addClassName("cc-play");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        show();
    }

    private void show() {
        removeAll();
        Optional<Progress> progress = play.progress(token);
        if (progress.isEmpty()) {
            message("play.error.unknownToken");
            return;
        }
        Progress p = progress.get();
        language = p.language();
        Optional<Question> next = p.nextQuestion();
        if (next.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(ResultView.class, token));
            return;
        }
        if (!p.acceptingAnswers()) {
            message("play.error.sessionClosed");
            return;
        }
        question(p, next.get());
    }

    private void question(Progress p, Question q) {
        shownAt = System.currentTimeMillis();
        Span counter = new Span(getTranslation("play.question.counter", p.answers().size() + 1, p.total()));
        counter.addClassName("cc-counter");
        Span who = new Span(p.nickname());
        who.addClassName("cc-who");
        H1 text = new H1(q.text().in(language));
        text.setId("question-text");
        // Stable hook for the browser tests and the load client, which must know which question is on screen.
        text.getElement().setAttribute("data-question-id", q.id());
        text.addClassName("cc-question");
        Div head = new Div(counter, who);
        head.addClassName("cc-play-head");
        add(head, new Div(text, new ReadAloud(q.text().in(language), language)) {{ addClassName("cc-question-line"); }});
        if (q.image() != null) add(picture(q.image(), ""));
        Div choices = new Div();
        choices.addClassName(q.kind() == QuestionKind.PICTURE ? "cc-picture-choices" : "cc-choices");
        Set<String> selected = new LinkedHashSet<>();
        Button validate = new Button(getTranslation("play.question.validate"), e -> submit(q, selected));
        validate.setId("validate-button");
        validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        validate.setEnabled(false);
        for (Choice c : q.choices()) {
            Component b = c.image() != null ? pictureChoice(c) : textChoice(c);
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
                clickable.addClickListener(e -> submit(q, Set.of(c.id())));
            }
            choices.add(new Div(b, new ReadAloud(c.text().in(language), language)) {{ addClassName("cc-choice-line"); }});
        }
        add(choices);
        if (q.kind() == QuestionKind.MULTIPLE) add(new Paragraph(getTranslation("play.question.several")), validate);
    }

    private void submit(Question q, Set<String> chosen) {
        if (chosen.isEmpty()) return;
        PlayService.AnswerResult result;
        try {
            result = play.answer(token, q.id(), chosen, (int) (System.currentTimeMillis() - shownAt));
        } catch (PlayException e) {
            if (e.key().equals("play.error.saveFailed")) {
                retry(q, chosen);
            } else {
                removeAll();
                message(e.key());
            }
            return;
        }
        feedback(q, result);
    }

    private void feedback(Question q, PlayService.AnswerResult result) {
        removeAll();
        Div box = new Div();
        box.setId("feedback");
        box.addClassNames("cc-feedback", result.correct() ? "cc-right" : "cc-wrong");
        H1 verdict = new H1(getTranslation(result.correct() ? "play.feedback.right" : "play.feedback.wrong"));
        verdict.setId("verdict");
        Paragraph right = new Paragraph(getTranslation("play.feedback.answerWas", String.join(" · ",
                q.choices().stream().filter(Choice::correct).map(c -> c.text().in(language)).toList())));
        Paragraph explanation = new Paragraph(q.explanation().in(language));
        explanation.setId("explanation");
        Button next = new Button(getTranslation("play.feedback.next"), e -> show());
        next.setId("next-button");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        box.add(verdict, right, new Div(explanation, new ReadAloud(q.explanation().in(language), language)), next);
        add(box);
        next.focus();
    }

    /** The answer is kept on the device and sent again: nothing is lost while the laptop's storage recovers. */
    private void retry(Question q, Set<String> chosen) {
        getChildren().filter(c -> "save-problem".equals(c.getId().orElse(null))).toList().forEach(this::remove);
        Paragraph problem = new Paragraph(getTranslation("play.error.saveFailed"));
        problem.addClassName("cc-kind-message");
        Button again = new Button(getTranslation("play.question.retry"), e -> submit(q, chosen));
        again.setId("retry-button");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(problem, again);
        box.setId("save-problem");
        addComponentAsFirst(box);
    }

    private void message(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId("play-message");
        p.addClassName("cc-kind-message");
        Button home = new Button(getTranslation("play.back.home"), e -> getUI().ifPresent(ui -> ui.navigate(HomeView.class)));
        add(p, home);
    }

    private Button textChoice(Choice c) {
        Button b = new Button(c.text().in(language));
        b.addClassName("cc-choice");
        return b;
    }

    /** A native button holding the picture and its words: the whole card is the touch target. */
    private NativeButton pictureChoice(Choice c) {
        Image image = new Image("quiz-images/" + c.image(), "");
        Span words = new Span(c.text().in(language));
        NativeButton b = new NativeButton();
        b.add(image, words);
        b.addClassName("cc-picture-choice");
        return b;
    }

    private static Image picture(String path, String alt) {
        Image image = new Image("quiz-images/" + path, alt);
        image.addClassName("cc-picture");
        return image;
    }
}
