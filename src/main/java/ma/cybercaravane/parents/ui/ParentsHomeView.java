package ma.cybercaravane.parents.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.parents.ParentsService;
import ma.cybercaravane.shared.ui.ChildLayout;

/** The parents' corner: tips by the child's age, the cyberbullying guide, where to get help, the parents' quizzes. */
@Route(value = "parents", layout = ChildLayout.class)
@AnonymousAllowed
class ParentsHomeView extends ParentsPage {

    ParentsHomeView(ParentsService parents) {
        super(parents, "parents.home.title");
    }

    @Override
    void build(BeforeEnterEvent event) {
        H1 title = withId(new H1(getTranslation("parents.home.title")), "parents-title");
        add(title, new Paragraph(getTranslation("parents.home.intro")));

        Section age = door("parents-door-tips", "parents.home.tipsTitle", "parents.home.tipsText");
        age.add(AgeFilter.links("parents/tips", null, false, this));
        age.add(withId(new Anchor("parents/tips", getTranslation("parents.home.allTopics")), "parents-all-topics"));

        Section guide = door("parents-door-guide", "parents.home.guideTitle", "parents.home.guideText");
        guide.add(withId(new Anchor("parents/guide", getTranslation("parents.home.guideLink")), "parents-guide-link"));

        Section help = door("parents-door-help", "parents.home.helpTitle", "parents.home.helpText");
        help.add(withId(new Anchor("parents/help", getTranslation("parents.home.helpLink")), "parents-help-link"));

        Section quizzes = door("parents-door-quiz", "parents.home.quizTitle", "parents.home.quizText");
        for (Quiz quiz : parents.quizzes()) {
            Anchor start = withId(new Anchor(ParentsService.quizStart(quiz, language()), quiz.title().in(language())),
                    "parents-quiz-" + quiz.id());
            start.addClassName("cc-parents-quiz");
            quizzes.add(new Div(start, new Paragraph(quiz.description().in(language()))));
        }
        Div doors = new Div(age, guide, help, quizzes);
        doors.addClassName("cc-parents-doors");
        add(doors, new Paragraph(getTranslation("parents.home.privacy")));
    }

    private Section door(String id, String titleKey, String textKey) {
        Section s = withId(new Section(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey))), id);
        s.addClassName("cc-parents-door");
        return s;
    }
}
