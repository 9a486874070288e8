package ma.cybercaravane.shared.ui;

import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import ma.cybercaravane.shared.Language;

/**
 * The page language: chosen with the switch (or a {@code ?lang=} link such as the parents' take-home card),
 * remembered by the browser in a cookie, applied to the whole page (text, {@code lang} and {@code dir}).
 */
public final class LanguageSupport {

    static final String COOKIE = "cc_lang";

    private LanguageSupport() {}

    public static Language current() {
        UI ui = UI.getCurrent();
        return Language.of(ui != null ? ui.getLocale() : null);
    }

    /** On a new UI: the remembered language, else French (the caravan's working language). */
    static void initFromRequest(UI ui, VaadinRequest request) {
        Language language = Optional.ofNullable(request).map(VaadinRequest::getCookies).stream()
                .flatMap(Arrays::stream).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .findFirst().flatMap(Language::fromCode).orElse(Language.FR);
        apply(ui, language);
    }

    public static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        VaadinSession session = ui.getSession();
        if (session != null) session.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.lang = $0", language.code());
        // Shaky caravan Wi-Fi: keep trying for minutes, and say so kindly in the page's language.
        var reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ma.cybercaravane.shared.Messages.get().format("shared.connection.reconnecting", language));
        reconnect.setDialogTextGaveUp(ma.cybercaravane.shared.Messages.get().format("shared.connection.gaveUp", language));
        reconnect.setReconnectAttempts(200);
        reconnect.setReconnectInterval(3000);
    }

    /** Applies and remembers in the browser (a cookie, read back when a new page opens). */
    public static void remember(UI ui, Language language) {
        apply(ui, language);
        ui.getElement().executeJs("document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;samesite=lax'",
                COOKIE, language.code());
    }

    /** The language switch: the current page is built again in the new language and direction. */
    public static void choose(UI ui, Language language) {
        remember(ui, language);
        ui.refreshCurrentRoute(true);
    }
}
