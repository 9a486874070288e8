package ma.cybercaravane.parents.ui;

import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cybercaravane.parents.ParentsService;
import ma.cybercaravane.shared.ui.ChildLayout;

/**
 * Where to get help in Morocco, for parents: the same channels, in the same order, as the children's "I need help"
 * page (a trusted adult first, then 2511, then E-Blagh), plus what a parent can do in the app and with the school.
 */
@Route(value = "parents/help", layout = ChildLayout.class)
@AnonymousAllowed
class ParentsHelpView extends ParentsPage {

    static final List<String> CHANNELS = List.of("adult", "line2511", "eblagh", "app", "school", "emergency");

    ParentsHelpView(ParentsService parents) {
        super(parents, "parents.help.title");
    }

    @Override
    void build(BeforeEnterEvent event) {
        add(backToCorner(), withId(new H1(getTranslation("parents.help.title")), "parents-help-title"),
                new Paragraph(getTranslation("parents.help.intro")));
        for (String channel : CHANNELS) {
            // Rendered as (safe) Markdown so that 2511.ma and e-blagh.ma read left-to-right in Arabic.
            Section s = withId(new Section(new H2(getTranslation("parents.help." + channel + ".title")),
                    markdown(getTranslation("parents.help." + channel + ".text"), language())), "parents-help-" + channel);
            s.addClassName("cc-help-channel");
            add(s);
        }
        add(printButton());
    }
}
