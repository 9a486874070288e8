package ma.cybercaravane.parents.ui;

import java.util.Optional;
import java.util.OptionalInt;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cybercaravane.parents.ParentsService;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.shared.ui.LanguageSupport;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code parents/card?lang=ar&copies=40}: take-home cards to print for a caravan stop, four A6 cards per A4 sheet,
 * each with a QR code that opens the parents' corner in the card's language. A print page, without the site frame:
 * opening it does not change the organizer's own page language; the cards carry theirs.
 */
@Route("parents/card")
@AnonymousAllowed
@CssImport("./styles/parents.css")
class TakeHomeCardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int PER_SHEET = 4;
    private final ParentsService parents;

    TakeHomeCardView(ParentsService parents) {
        this.parents = parents;
        addClassName("cc-cards-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var query = event.getLocation().getQueryParameters();
        Language ui = LanguageSupport.current();
        Optional<String> asked = query.getSingleParameter("lang");
        Optional<Language> language = asked.isPresent()
                ? Language.fromCode(asked.get()).filter(ParentsService.LANGUAGES::contains)
                : Optional.of(ParentsService.LANGUAGES.contains(ui) ? ui : Language.FR);
        OptionalInt copies = ParentsService.copies(query.getSingleParameter("copies").orElse(null));
        H1 title = new H1(getTranslation("parents.card.pageTitle"));
        title.addClassName("cc-no-print");
        add(title);
        if (language.isEmpty() || copies.isEmpty()) {
            Paragraph refusal = new Paragraph(getTranslation(copies.isEmpty() ? "parents.card.badCopies" : "parents.card.badLanguage",
                    ParentsService.MAX_COPIES));
            refusal.setId("card-message");
            refusal.addClassName("cc-kind-message");
            add(refusal, languageLinks(copies.orElse(PER_SHEET)));
            return;
        }
        ParentsService.Card card = parents.card(language.get(), requestBase());
        Paragraph how = new Paragraph(getTranslation("parents.card.how", copies.getAsInt(), (copies.getAsInt() + PER_SHEET - 1) / PER_SHEET));
        Button print = new Button(getTranslation("parents.print"), e -> e.getSource().getUI().ifPresent(u -> u.getPage().executeJs("window.print()")));
        print.setId("print-button");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div controls = new Div(how, languageLinks(copies.getAsInt()), print);
        if (!card.reachable()) {
            Paragraph warning = new Paragraph(getTranslation("parents.card.localhost"));
            warning.setId("card-warning");
            warning.addClassName("cc-kind-message");
            controls.add(warning);
        }
        controls.addClassName("cc-no-print");
        add(controls);
        Div sheet = null;
        for (int i = 0; i < copies.getAsInt(); i++) {
            if (i % PER_SHEET == 0) {
                sheet = new Div();
                sheet.addClassName("cc-card-sheet");
                add(sheet);
            }
            sheet.add(card(card));
        }
    }

    private Div card(ParentsService.Card card) {
        Language l = card.language();
        Messages m = Messages.get();
        Span brand = new Span(m.format("shared.app.name", l));
        brand.addClassName("cc-card-brand");
        Image qr = new Image(card.qrDataUri(), m.format("parents.card.qrAlt", l, card.url()));
        qr.addClassName("cc-card-qr");
        Span url = new Span(card.url());
        url.addClassName("cc-card-url");
        url.getElement().setAttribute("dir", "ltr");
        Div div = new Div(brand, new H2(m.format("parents.card.title", l)), new Paragraph(m.format("parents.card.text", l)),
                qr, new Paragraph(m.format("parents.card.scan", l)), url, help(m.format("parents.card.help", l)));
        div.addClassName("cc-card");
        div.getElement().setAttribute("lang", l.code());
        div.getElement().setAttribute("dir", l.rightToLeft() ? "rtl" : "ltr");
        return div;
    }

    /** The help line, with e-blagh.ma kept left-to-right in Arabic (safe Markdown rendering). */
    private Div help(String text) {
        Div help = new Div();
        help.addClassName("cc-card-help");
        help.getElement().setProperty("innerHTML", parents.html(text));
        return help;
    }

    private Nav languageLinks(int copies) {
        Nav nav = new Nav();
        nav.addClassName("cc-card-languages");
        nav.getElement().setAttribute("aria-label", getTranslation("parents.card.languages"));
        for (Language l : ParentsService.LANGUAGES) {
            Anchor a = new Anchor("parents/card?lang=" + l.code() + "&copies=" + copies, Messages.get().format("shared.language." + l.code(), l));
            a.setId("card-lang-" + l.code());
            a.getElement().setAttribute("lang", l.code());
            nav.add(a);
        }
        return nav;
    }

    /** The address this page was opened at (scheme, host, port, context path); "" outside a web request. */
    private static String requestBase() {
        return VaadinRequest.getCurrent() instanceof VaadinServletRequest r
                ? ServletUriComponentsBuilder.fromContextPath(r.getHttpServletRequest()).build().toUriString() : "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("parents.card.pageTitle") + " · " + getTranslation("shared.app.name");
    }
}
