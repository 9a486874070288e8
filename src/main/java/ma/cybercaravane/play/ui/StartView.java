package ma.cybercaravane.play.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.play.Nickname;
import ma.cybercaravane.play.PlayException;
import ma.cybercaravane.play.PlayService;
import ma.cybercaravane.sessions.JoinableSession;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.ChildLayout;
import ma.cybercaravane.shared.ui.LanguageSupport;

/**
 * Before the first question: language, age band (pictures, not forms), quiz, generated nickname. Each choice
 * goes into the address (code, lang, band, quiz), so a reload keeps it and nothing is typed but the code.
 */
@Route(value = "start", layout = ChildLayout.class)
@PageTitle("CyberCaravane")
@AnonymousAllowed
class StartView extends Div implements BeforeEnterObserver {

    private final PlayService play;
    private Map<String, String> params = Map.of();
    private Optional<JoinableSession> session = Optional.empty();
    private Nickname nickname;

    StartView(PlayService play) {
        this.play = play;
        addClassName("cc-start");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        params = new HashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((k, v) -> params.put(k, v.getFirst()));
        removeAll();
        session = Optional.empty();
        String code = params.get("code");
        if (code != null) {
            try {
                session = Optional.of(play.sessionToJoin(code, client()));
            } catch (PlayException e) {
                refuse(e.key());
                return;
            }
        }
        Optional<Language> language = Language.fromCode(params.get("lang"));
        Optional<AgeBand> band = Optional.ofNullable(params.get("band")).flatMap(AgeBand::fromCode);
        if (language.isEmpty()) {
            session.ifPresent(this::resumeOnThisDevice);
            languageStep();
        } else if (band.isEmpty()) {
            bandStep();
        } else {
            List<Quiz> quizzes = play.quizzesFor(session, band.get());
            Optional<Quiz> quiz = quizzes.stream().filter(q -> q.id().equals(params.get("quiz"))).findFirst();
            if (quiz.isEmpty() && quizzes.size() == 1) quiz = Optional.of(quizzes.getFirst());
            if (quizzes.isEmpty()) refuse("play.start.noQuizForBand");
            else if (quiz.isEmpty()) quizStep(quizzes, language.get(), band.get());
            else nicknameStep(quiz.get(), band.get(), language.get());
        }
    }

    /**
     * A device that already plays in this session (its token is in the browser's storage) goes back to its quiz:
     * scanning the QR code again, or the "after" run of a before/after session, keeps the same participant.
     */
    private void resumeOnThisDevice(JoinableSession joined) {
        getElement().executeJs("return localStorage.getItem('cc.token')").then(String.class, token -> {
            if (token == null || token.isBlank()) return;
            play.progress(token).filter(p -> joined.id().equals(p.sessionId()) && !p.finished())
                    .ifPresent(p -> getUI().ifPresent(ui -> ui.navigate(PlayView.class, token)));
        });
    }

    private void languageStep() {
        add(new H1(getTranslation("play.start.languageTitle")));
        Div choices = grid();
        for (Language l : new Language[] {Language.FR, Language.AR, Language.EN}) {
            Button b = bigButton(getTranslation("shared.language." + l.code()), "lang-choice-" + l.code(), () -> {
                LanguageSupport.remember(getUI().orElseThrow(), l);
                next("lang", l.code());
            });
            b.getElement().setAttribute("lang", l.code());
            choices.add(b);
        }
        add(choices);
    }

    private void bandStep() {
        add(new H1(getTranslation("play.start.bandTitle")));
        Div choices = grid();
        List<AgeBand> bands = session.map(s -> List.of(AgeBand.values()))
                .orElse(List.of(AgeBand.AGE_6_8, AgeBand.AGE_9_11, AgeBand.AGE_12_14, AgeBand.AGE_15_17));
        for (AgeBand band : bands) {
            if (session.isPresent() && play.quizzesFor(session, band).isEmpty()) continue;
            Button b = bigButton(getTranslation(band.messageKey()), "band-" + band.code(), () -> next("band", band.code()));
            Image picture = new Image("images/band-" + band.code() + ".svg", "");
            picture.addClassName("cc-band-picture");
            b.setIcon(picture);
            choices.add(b);
        }
        add(choices);
    }

    private void quizStep(List<Quiz> quizzes, Language language, AgeBand band) {
        add(new H1(getTranslation(forAudience("play.start.quizTitle", band))));
        Div choices = grid();
        for (Quiz quiz : quizzes) {
            Button b = bigButton(quiz.title().in(language), "quiz-" + quiz.id(), () -> next("quiz", quiz.id()));
            b.getElement().setAttribute("title", quiz.description().in(language));
            choices.add(b);
        }
        add(choices);
    }

    private void nicknameStep(Quiz quiz, AgeBand band, Language language) {
        nickname = play.suggestNickname();
        Span name = new Span(play.nicknameText(nickname, language));
        name.setId("nickname");
        name.addClassName("cc-nickname");
        Button another = new Button(getTranslation("play.start.anotherName"), e -> {
            nickname = play.suggestNickname();
            name.setText(play.nicknameText(nickname, language));
        });
        another.setId("reroll-button");
        Checkbox team = new Checkbox(getTranslation("play.start.team"));
        team.setId("team-toggle");
        IntegerField teamSize = new IntegerField(getTranslation("play.start.teamSize"));
        teamSize.setId("team-size");
        teamSize.setMin(2);
        teamSize.setMax(10);
        teamSize.setValue(2);
        teamSize.setStepButtonsVisible(true);
        teamSize.setVisible(false);
        team.addValueChangeListener(e -> teamSize.setVisible(e.getValue()));
        Button go = bigButton(getTranslation("play.start.go"), "start-button", () -> {
            int size = team.getValue() ? Optional.ofNullable(teamSize.getValue()).orElse(0) : 1;
            if (team.getValue() && (size < 2 || size > 10)) {
                teamSize.setInvalid(true);
                teamSize.setErrorMessage(getTranslation("play.error.teamSize"));
                return;
            }
            try {
                String token = play.start(new PlayService.StartRequest(session.map(JoinableSession::code).orElse(null),
                        quiz.id(), band, language, nickname, size));
                getElement().executeJs("localStorage.setItem('cc.token', $0)", token);
                getUI().ifPresent(ui -> ui.navigate(PlayView.class, token));
            } catch (PlayException e) {
                refuse(e.key());
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (band == AgeBand.PARENTS) team.setVisible(false);
        add(new H1(getTranslation(forAudience("play.start.nicknameTitle", band))), new Paragraph(quiz.title().in(language)),
                name, another, team, teamSize, go, new Paragraph(getTranslation(forAudience("play.start.privacy", band))));
    }

    /** Parents are addressed as adults ("vous"), children familiarly ("tu"). */
    private static String forAudience(String key, AgeBand band) {
        return band == AgeBand.PARENTS ? key + "Parents" : key;
    }

    private void next(String key, String value) {
        Map<String, String> nextParams = new HashMap<>(params);
        nextParams.put(key, value);
        getUI().ifPresent(ui -> ui.navigate(StartView.class, QueryParameters.simple(nextParams)));
    }

    private void refuse(String key) {
        Paragraph message = new Paragraph(getTranslation(key));
        message.setId("start-message");
        message.addClassName("cc-kind-message");
        Button home = new Button(getTranslation("play.back.home"), e -> getUI().ifPresent(ui -> ui.navigate(HomeView.class)));
        home.setId("back-home");
        add(message, home);
    }

    private static Div grid() {
        Div d = new Div();
        d.addClassName("cc-choice-grid");
        return d;
    }

    private static Button bigButton(String text, String id, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId(id);
        b.addClassName("cc-big-button");
        b.addThemeVariants(ButtonVariant.LUMO_LARGE);
        return b;
    }

    private static String client() {
        VaadinSession s = VaadinSession.getCurrent();
        return s != null && s.getBrowser() != null && s.getBrowser().getAddress() != null ? s.getBrowser().getAddress() : "unknown";
    }
}
