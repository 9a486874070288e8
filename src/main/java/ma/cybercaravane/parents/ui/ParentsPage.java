package ma.cybercaravane.parents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import ma.cybercaravane.parents.ParentsService;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.LanguageSupport;

/**
 * What every page of the parents' corner shares: built on entry in the page's language, a {@code ?lang=} link
 * (the take-home card) applied by the frame and then dropped from the address so the language switch keeps working,
 * a translated title, a way back to the corner, safe Markdown, and a print button.
 */
@CssImport("./styles/parents.css")
abstract class ParentsPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    protected final ParentsService parents;
    private final String titleKey;

    ParentsPage(ParentsService parents, String titleKey) {
        this.parents = parents;
        this.titleKey = titleKey;
        addClassName("cc-parents");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        if (query.getParameters().containsKey("lang")) {
            event.forwardTo(event.getLocation().getPath(), query.excluding("lang"));
            return;
        }
        removeAll();
        build(event);
    }

    /** Fills the page for this address (query parameters, route parameter). */
    abstract void build(BeforeEnterEvent event);

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("shared.app.name");
    }

    Language language() {
        return LanguageSupport.current();
    }

    Anchor backToCorner() {
        Anchor back = new Anchor("parents", getTranslation("parents.back"));
        back.setId("parents-back");
        back.addClassNames("cc-parents-back", "cc-no-print");
        return back;
    }

    /** Library Markdown rendered safely; marked with its own language when it is shown in a fallback one. */
    Div markdown(String text, Language written) {
        Div div = new Div();
        div.addClassName("cc-markdown");
        div.getElement().setProperty("innerHTML", parents.html(text));
        if (written != language()) {
            div.getElement().setAttribute("lang", written.code());
            div.getElement().setAttribute("dir", written.rightToLeft() ? "rtl" : "ltr");
        }
        return div;
    }

    Button printButton() {
        Button print = new Button(getTranslation("parents.print"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print-button");
        print.addClassName("cc-no-print");
        return print;
    }

    static <T extends Component> T withId(T component, String id) {
        component.setId(id);
        return component;
    }
}
