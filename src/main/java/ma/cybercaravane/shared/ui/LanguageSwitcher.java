package ma.cybercaravane.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import ma.cybercaravane.shared.Language;

/**
 * Each language named in its own script, so a child or parent finds theirs without reading the current one.
 * Amazigh (ⵜⴰⵎⴰⵣⵉⵖⵜ) appears only where the page is written in it ({@link WrittenInAmazigh}).
 */
public class LanguageSwitcher extends Nav {

    private Button amazigh;

    public LanguageSwitcher() {
        addClassName("cc-languages");
        getElement().setAttribute("aria-label", getTranslation("shared.language.choose"));
        for (Language language : Language.values()) {
            Button b = new Button(getTranslation("shared.language." + language.code()),
                    e -> LanguageSupport.choose(e.getSource().getUI().orElseThrow(), language));
            b.setId("lang-" + language.code());
            b.getElement().setAttribute("lang", language.code());
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            if (LanguageSupport.current() == language) b.getElement().setAttribute("aria-current", "true");
            if (language == Language.ZGH) amazigh = b;
            add(b);
        }
        offerAmazigh(false);
    }

    /** Amazigh is offered on pages written in it, and always while it is the chosen language (shown as chosen). */
    public void offerAmazigh(boolean pageWritten) {
        amazigh.setVisible(pageWritten || LanguageSupport.current() == Language.ZGH);
    }
}
