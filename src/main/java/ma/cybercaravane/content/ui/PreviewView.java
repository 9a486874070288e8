package ma.cybercaravane.content.ui;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.LanguageSupport;
import ma.cybercaravane.shared.ui.OrganizerLayout;

/**
 * {@code library/preview/<quiz>?lang=ar}: a quiz as a child sees it, in any language (Amazigh shows what is written
 * and says where it falls back), one question at a time; answering shows the verdict, the explanation and the
 * facilitator's notes. Nothing is stored: no participant, no answer.
 */
@Route(value = "library/preview/:quizId", layout = OrganizerLayout.class)
@RolesAllowed({"ADMIN", "COORDINATOR"})
@CssImport("./styles/parents.css")
class PreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentService content;
    private Quiz quiz;
    private Language language;
    private int index;
    private final Div frame = new Div();

    PreviewView(ContentService content) {
        this.content = content;
        addClassNames("cc-organizer-page", "cc-preview");
        frame.setId("preview-frame");
        frame.addClassName("cc-preview-frame");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        quiz = event.getRouteParameters().get("quizId").flatMap(content::preview).orElse(null);
        if (quiz == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        language = event.getLocation().getQueryParameters().getSingleParameter("lang").flatMap(Language::fromCode).orElse(Language.FR);
        index = 0;
        frame.getElement().setAttribute("lang", language.code());
        frame.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        Nav languages = new Nav();
        languages.addClassName("cc-preview-nav");
        languages.getElement().setAttribute("aria-label", getTranslation("library.preview.languages"));
        for (Language l : Language.values()) {
            Anchor a = new Anchor("library/preview/" + quiz.id() + "?lang=" + l.code(), getTranslation("shared.language." + l.code()));
            a.setId("preview-lang-" + l.code());
            if (l == language) a.getElement().setAttribute("aria-current", "true");
            languages.add(a);
        }
        H1 title = new H1(getTranslation("library.preview.title", quiz.title().in(LanguageSupport.current())));
        title.setId("preview-title");
        add(new Anchor("library", getTranslation("library.back")), title,
                new Paragraph(getTranslation("library.preview.intro", getTranslation(quiz.band().messageKey()),
                        getTranslation(quiz.topic().messageKey()), quiz.questions().size(), quiz.version())),
                languages, frame);
        show();
    }

    private void show() {
        frame.removeAll();
        Question q = quiz.questions().get(index);
        if (!q.writtenIn(language)) {
            Paragraph fallback = new Paragraph(getTranslation("library.preview.fallback", getTranslation("shared.language." + language.code())));
            fallback.setId("preview-fallback");
            fallback.addClassName("cc-preview-fallback");
            frame.add(fallback);
        }
        Div feedback = new Div();
        frame.add(new PreviewQuestion(q, language, index, quiz.questions().size(), (view, chosen) -> answered(q, chosen, feedback)),
                feedback, navigation());
    }

    private void answered(Question q, Set<String> chosen, Div feedback) {
        boolean right = q.isCorrect(chosen);
        feedback.setId("feedback");
        feedback.addClassNames("cc-feedback", right ? "cc-right" : "cc-wrong");
        Paragraph verdict = new Paragraph(getTranslation(right ? "library.preview.right" : "library.preview.wrong"));
        verdict.setId("verdict");
        Paragraph explanation = new Paragraph(q.explanation().in(language));
        explanation.setId("explanation");
        feedback.add(verdict, explanation);
        if (!q.notes().isEmpty()) {
            Paragraph notes = new Paragraph(getTranslation("library.preview.notes", q.notes().in(LanguageSupport.current())));
            notes.setId("facilitator-notes");
            feedback.add(notes);
        }
    }

    private Component navigation() {
        Div nav = new Div();
        nav.addClassName("cc-preview-nav");
        if (index > 0) nav.add(button("preview-previous", "library.preview.previous", -1));
        if (index < quiz.questions().size() - 1) {
            nav.add(button("preview-next", "library.preview.next", 1));
        } else {
            Paragraph end = new Paragraph(getTranslation("library.preview.end"));
            end.setId("preview-end");
            nav.add(end);
        }
        return nav;
    }

    private Button button(String id, String key, int step) {
        Button b = new Button(getTranslation(key), e -> {
            index += step;
            show();
        });
        b.setId(id);
        if (step > 0) b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.title") + " · " + getTranslation("shared.app.name");
    }
}
