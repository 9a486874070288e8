package ma.cybercaravane.shared;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A text written in several languages, read with the stated fallback order (requested, then fr, en, ar). */
public record LocalizedText(Map<Language, String> texts) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        copy.putAll(texts);
        texts = Collections.unmodifiableMap(copy);
    }

    public static LocalizedText of(String fr, String ar, String en) {
        return new LocalizedText(Map.of(Language.FR, fr, Language.AR, ar, Language.EN, en));
    }

    public boolean has(Language language) {
        String t = texts.get(language);
        return t != null && !t.isBlank();
    }

    public boolean isEmpty() { return texts.isEmpty(); }

    /** The text in the language, or in the first fallback language that has it; "" when none. */
    public String in(Language language) {
        return resolve(language).text();
    }

    /** Which language a request for {@code language} is actually served in. */
    public Resolved resolve(Language language) {
        if (has(language)) return new Resolved(texts.get(language), language);
        for (Language fallback : Language.FALLBACK) {
            if (has(fallback)) return new Resolved(texts.get(fallback), fallback);
        }
        return new Resolved("", language);
    }

    public record Resolved(String text, Language language) {}
}
