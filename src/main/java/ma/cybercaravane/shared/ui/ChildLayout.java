package ma.cybercaravane.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import ma.cybercaravane.shared.Language;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The frame of every public page: home link, language switch and the discreet "I need help" button. */
@AnonymousAllowed
public class ChildLayout extends Div implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver {

    private final Main content = new Main();
    private final Button help = new Button();
    private final Anchor home = new Anchor("", "");
    private final LanguageSwitcher languages = new LanguageSwitcher();
    private String token;
    /** Children's help (counted for the facilitator) or, in the parents' corner, the parents' help page. */
    private String helpPage = "help";

    public ChildLayout() {
        addClassName("cc-shell");
        home.addClassName("cc-brand");
        help.setId("help-button");
        help.addClassName("cc-help-button");
        help.addThemeVariants(ButtonVariant.LUMO_SMALL);
        help.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(helpPage,
                token == null ? QueryParameters.empty() : QueryParameters.of("t", token))));
        Header header = new Header(home, languages, help);
        header.addClassName("cc-header");
        content.addClassName("cc-content");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
        languages.offerAmazigh(view instanceof WrittenInAmazigh page && page.amazighWritten());
    }

    /** A link may carry its language ({@code ?lang=ar}), e.g. the parents' take-home card. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("lang").flatMap(Language::fromCode)
                .filter(l -> l != LanguageSupport.current())
                .ifPresent(l -> LanguageSupport.remember(event.getUI(), l));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        home.setText(getTranslation("shared.app.name"));
        help.setText(getTranslation("shared.help.button"));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var segments = event.getLocation().getSegments();
        token = segments.size() == 2 && (segments.get(0).equals("play") || segments.get(0).equals("result"))
                ? segments.get(1) : null;
        helpPage = !segments.isEmpty() && segments.get(0).equals("parents") ? "parents/help" : "help";
        help.setVisible(!event.getLocation().getPath().equals(helpPage));
    }
}
