package ma.cybercaravane.sessions.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.sessions.LiveState;
import ma.cybercaravane.sessions.SessionRun;
import ma.cybercaravane.sessions.SessionRunService;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.LanguageSupport;

/**
 * The facilitator's live controls: which quiz runs, open the next question, reveal, the answers arriving, and the
 * show-of-hands counts for groups without devices (typed per choice, corrected by typing again).
 */
class LiveControls extends Div {

    private final SessionRunService service;
    private final Consumer<Runnable> act;
    private final Paragraph status = new Paragraph();
    private final H2 question = new H2();
    private final Button next = new Button();
    private final Button reveal = new Button();
    private final Select<String> quizzes = new Select<>();
    private final Button runQuiz = new Button();
    private final Paragraph answers = new Paragraph();
    private final DistributionBars bars = new DistributionBars("live-distribution");
    private final Div hands = new Div();
    private SessionRun run;
    private String handsFor;

    LiveControls(SessionRunService service, Consumer<Runnable> act) {
        this.service = service;
        this.act = act;
        setId("live-controls");
        addClassName("cc-live-controls");
        status.setId("live-status");
        question.setId("live-question");
        next.setId("live-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClickListener(e -> act.accept(() -> service.next(run.id())));
        reveal.setId("live-reveal");
        reveal.setText(getTranslation("run.live.reveal"));
        reveal.addThemeVariants(ButtonVariant.LUMO_LARGE);
        reveal.addClickListener(e -> act.accept(() -> service.reveal(run.id())));
        quizzes.setId("live-quiz");
        quizzes.setLabel(getTranslation("run.live.quiz"));
        runQuiz.setId("live-quiz-start");
        runQuiz.setText(getTranslation("run.live.runQuiz"));
        runQuiz.addClickListener(e -> act.accept(() -> service.chooseQuiz(run.id(), quizzes.getValue())));
        answers.setId("live-answers");
        hands.setId("hands");
        hands.addClassName("cc-hands");
        Div buttons = new Div(next, reveal);
        buttons.addClassName("cc-live-buttons");
        Div chooser = new Div(quizzes, runQuiz);
        chooser.addClassName("cc-live-chooser");
        add(chooser, status, question, buttons, answers, bars, hands);
    }

    void update(SessionRun run) {
        this.run = run;
        LiveState live = run.session().live();
        setVisible(run.session().liveMode() && run.session().open() && live != null);
        if (!isVisible()) return;
        Language language = LanguageSupport.current();
        Quiz quiz = run.liveQuiz().orElse(null);
        int size = quiz == null ? 0 : quiz.questions().size();
        if (quizzes.getListDataView().getItemCount() == 0) {
            quizzes.setItems(run.quizzes().stream().map(Quiz::id).toList());
            quizzes.setItemLabelGenerator(id -> run.quizzes().stream().filter(q -> q.id().equals(id)).findFirst()
                    .map(q -> q.title().in(language)).orElse(id));
            quizzes.setValue(live.quizId());
        }
        quizzes.getParent().ifPresent(p -> p.setVisible(run.quizzes().size() > 1));
        String quizTitle = quiz == null ? "" : quiz.title().in(language);
        status.setText(getTranslation("run.live.status." + live.phase().name(), quizTitle, live.position() + 1, size,
                live.round() == 1 ? getTranslation("run.live.afterRound") : "").strip());
        boolean last = live.position() + 1 >= size;
        next.setText(getTranslation(switch (live.phase()) {
            case WAITING -> "run.live.start";
            case QUESTION, REVEALED -> last ? "run.live.finish" : "run.live.next";
            case FINISHED -> "run.live.finished";
        }));
        next.setEnabled(live.phase() != LiveState.Phase.FINISHED);
        reveal.setEnabled(live.phase() == LiveState.Phase.QUESTION);
        Question q = run.liveQuestion().orElse(null);
        question.setVisible(q != null);
        bars.setVisible(q != null);
        answers.setVisible(q != null);
        hands.setVisible(q != null);
        if (q == null) return;
        question.setText(q.text().in(language));
        SessionRun.Distribution d = run.distribution();
        answers.setText(getTranslation("run.live.answers", d == null ? 0 : d.answers(), run.liveDevices()));
        bars.show(q, d, language, true);
        showHands(quiz, q, d, language);
    }

    /** One field per choice for the live question; rebuilt only when the question changes (typing is never overwritten). */
    private void showHands(Quiz quiz, Question q, SessionRun.Distribution d, Language language) {
        String key = quiz.id() + "/" + run.session().live().round() + "/" + q.id();
        if (key.equals(handsFor)) return;
        handsFor = key;
        hands.removeAll();
        hands.add(new Paragraph(getTranslation("run.hands.intro")));
        char letter = 'A';
        for (Choice c : q.choices()) {
            IntegerField field = new IntegerField(letter++ + " · " + c.text().in(language)); // the letters of the bars
            field.setId("hands-" + c.id());
            field.setMin(0);
            field.setMax(10_000);
            field.setStepButtonsVisible(true);
            Integer current = d == null ? null : d.hands().get(c.id());
            field.setValue(current);
            field.addValueChangeListener(e -> {
                if (e.getValue() == null) return;
                act.accept(() -> service.countHands(run.id(), quiz.id(), q.id(), c.id(), e.getValue(), LanguageSupport.current()));
            });
            hands.add(field);
        }
    }
}
