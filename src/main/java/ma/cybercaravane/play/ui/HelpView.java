package ma.cybercaravane.play.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cybercaravane.content.MarkdownRenderer;
import ma.cybercaravane.play.PlayService;
import ma.cybercaravane.shared.ui.ChildLayout;

/**
 * "I need help": a calm page with the trusted adult first, then 2511 and E-Blagh. Opening it from a quiz quietly
 * tells the facilitator (an anonymous count is all that is stored).
 */
@Route(value = "help", layout = ChildLayout.class)
@PageTitle("CyberCaravane")
@AnonymousAllowed
class HelpView extends Div implements BeforeEnterObserver {

    private final PlayService play;
    private final MarkdownRenderer markdown;

    HelpView(PlayService play, MarkdownRenderer markdown) {
        this.play = play;
        this.markdown = markdown;
        addClassName("cc-help");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> token = event.getLocation().getQueryParameters().getSingleParameter("t");
        play.requestHelp(token);
        H1 title = new H1(getTranslation("play.help.title"));
        title.setId("help-title");
        add(title, new Paragraph(getTranslation("play.help.calm")));
        for (String channel : List.of("adult", "line2511", "eblagh")) {
            // Rendered so that web addresses (2511.ma, e-blagh.ma) stay left-to-right inside Arabic text.
            Div text = new Div();
            text.getElement().setProperty("innerHTML", markdown.toSafeHtml(getTranslation("play.help." + channel + ".text")));
            Section s = new Section(new H2(getTranslation("play.help." + channel + ".title")), text);
            s.addClassName("cc-help-channel");
            s.setId("help-" + channel);
            add(s);
        }
        Button back = new Button(getTranslation("play.help.back"), e -> getUI().ifPresent(ui -> {
            if (token.isPresent()) ui.navigate(PlayView.class, token.get()); else ui.navigate(HomeView.class);
        }));
        back.setId("help-back");
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(back);
    }
}
