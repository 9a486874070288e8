package ma.cybercaravane.content;

import java.util.Map;
import java.util.Optional;

import ma.cybercaravane.shared.Language;

/**
 * A Markdown document of the library (facilitator guide, handout, tip sheet, response guide) in the
 * languages it is written in. {@code owner} is a quiz id, a topic code, or "cyberbullying".
 */
public record Material(Kind kind, String owner, Map<Language, String> markdown) {

    public enum Kind { GUIDE, HANDOUT, TIPS, CYBERBULLYING_GUIDE }

    /** The text in the language, else in French (always present in a valid library). */
    public Localized in(Language language) {
        String text = markdown.get(language);
        if (text != null) return new Localized(text, language);
        return Optional.ofNullable(markdown.get(Language.FR)).map(t -> new Localized(t, Language.FR))
                .orElseGet(() -> new Localized("", language));
    }

    public record Localized(String markdown, Language language) {}
}
