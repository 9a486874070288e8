package ma.cybercaravane.play.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cybercaravane.play.PlayService;
import ma.cybercaravane.shared.ui.ChildLayout;

/** The children's home: two doors, join a session with its code, or practise alone. */
@Route(value = "", layout = ChildLayout.class)
@PageTitle("CyberCaravane")
@AnonymousAllowed
class HomeView extends Div {

    final TextField code = new TextField();
    final Button join = new Button();
    final Button practice = new Button();
    final Button resume = new Button();
    private final PlayService play;

    HomeView(PlayService play) {
        this.play = play;
        addClassName("cc-home");
        code.setLabel(getTranslation("play.home.codeLabel"));
        code.setId("join-code");
        code.setMaxLength(12);
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        code.addClassName("cc-code-field");
        join.setText(getTranslation("play.home.join"));
        join.setId("join-button");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        join.addClickListener(e -> join());
        join.addClickShortcut(Key.ENTER);
        Section joinDoor = new Section(new H2(getTranslation("play.home.joinTitle")), code, join);
        joinDoor.addClassNames("cc-door", "cc-door-join");

        practice.setText(getTranslation("play.home.practice"));
        practice.setId("practice-button");
        practice.addThemeVariants(ButtonVariant.LUMO_LARGE);
        practice.addClickListener(e -> practice.getUI().ifPresent(ui -> ui.navigate(StartView.class)));
        Section practiceDoor = new Section(new H2(getTranslation("play.home.practiceTitle")),
                new Paragraph(getTranslation("play.home.practiceText")), practice);
        practiceDoor.addClassNames("cc-door", "cc-door-practice");

        resume.setText(getTranslation("play.home.resume"));
        resume.setId("resume-button");
        resume.setVisible(false);

        Anchor organizers = new Anchor("login", getTranslation("play.home.organizers"));
        organizers.addClassName("cc-organizers-link");
        add(new H1(getTranslation("play.home.title")), new Paragraph(getTranslation("play.home.intro")), resume,
                new Div(joinDoor, practiceDoor) {{ addClassName("cc-doors"); }}, organizers);
        add(new Anchor("parents", getTranslation("parents.entry")) {{ setId("parents-link"); addClassName("cc-organizers-link"); }});
    }

    private void join() {
        String value = code.getValue().strip();
        if (value.isEmpty()) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation("play.home.codeEmpty"));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(StartView.class, QueryParameters.of("code", value)));
    }

    /** A device that left a quiz unfinished (closed tab, Wi-Fi drop) is offered to continue it. */
    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs("return localStorage.getItem('cc.token')").then(String.class, token -> {
            if (token != null && play.progress(token).filter(p -> !p.finished() && p.acceptingAnswers()).isPresent()) {
                resume.setVisible(true);
                resume.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PlayView.class, token)));
            }
        });
    }
}
