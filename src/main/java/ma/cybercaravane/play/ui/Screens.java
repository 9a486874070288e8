package ma.cybercaravane.play.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.play.Progress;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.ReadAloud;

/** The child's screens around the questions: feedback, live waiting and reveal, the end. Light: text and buttons. */
final class Screens {

    private Screens() {}

    /** After an answer (at the child's pace), or at a live reveal: right or not, the right answer, why. */
    static Div feedback(Question q, Boolean correct, Language language, Runnable next) {
        Div box = new Div();
        box.setId("feedback");
        box.addClassNames("cc-feedback", correct == null ? "cc-unanswered" : correct ? "cc-right" : "cc-wrong");
        H1 verdict = new H1(box.getTranslation(correct == null ? "play.live.notAnswered"
                : correct ? "play.feedback.right" : "play.feedback.wrong"));
        verdict.setId("verdict");
        Paragraph right = new Paragraph(box.getTranslation("play.feedback.answerWas", String.join(" · ",
                q.choices().stream().filter(Choice::correct).map(c -> c.text().in(language)).toList())));
        right.setId("right-answer");
        Paragraph explanation = new Paragraph(q.explanation().in(language));
        explanation.setId("explanation");
        box.add(verdict, right, new Div(explanation, new ReadAloud(q.explanation().in(language), language)));
        if (next != null) {
            Button button = new Button(box.getTranslation("play.feedback.next"), e -> next.run());
            button.setId("next-button");
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            box.add(button);
            button.focus();
        } else {
            Paragraph soon = new Paragraph(box.getTranslation("play.live.nextSoon"));
            soon.addClassName("cc-live-hint");
            box.add(soon);
        }
        return box;
    }

    /** Live: the device answered, the projector will show the answer. */
    static Div answered(Progress p) {
        return screen("live-answered", "play.live.answeredTitle", "play.live.answered", p);
    }

    /** Live lobby, or the wait for the "after" run of a before/after session. */
    static Div waiting(Progress p, boolean afterRun) {
        Div d = screen("live-waiting", "play.live.waitingTitle", afterRun ? "play.live.waitingAfter" : "play.live.waiting", p);
        d.getElement().setAttribute("data-after", String.valueOf(afterRun));
        return d;
    }

    /** Live: the quiz is over; the score, and the way to the badge and certificate. */
    static Div finished(Progress p, Runnable result) {
        Div d = screen("live-finished", "play.live.finishedTitle", null, p);
        Paragraph score = new Paragraph(d.getTranslation("play.result.score", p.score(), p.total()));
        score.setId("live-score");
        score.addClassName("cc-score");
        Button button = new Button(d.getTranslation("play.live.result"), e -> result.run());
        button.setId("result-button");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        d.add(score, button);
        return d;
    }

    private static Div screen(String id, String titleKey, String textKey, Progress p) {
        Div d = new Div();
        d.setId(id);
        d.addClassName("cc-live-screen");
        Span who = new Span(p.nickname());
        who.addClassName("cc-who");
        d.add(who, new H1(d.getTranslation(titleKey, p.nickname())));
        if (textKey != null) d.add(new Paragraph(d.getTranslation(textKey)));
        return d;
    }
}
