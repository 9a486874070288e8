package ma.cybercaravane.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/** Vaadin's view of {@link Messages}: {@code getTranslation(key)} in every component. */
@Component
class CaravaneI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get().format(key, Language.of(locale), params);
    }
}
