package ma.cybercaravane.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the caravan. Amazigh (Tifinagh) is planned for: texts may exist, and fall back where missing. */
public enum Language {
    FR("fr", false),
    AR("ar", true),
    EN("en", false),
    ZGH("zgh", false);

    /** Order in which a missing text is looked for after the requested language. */
    public static final List<Language> FALLBACK = List.of(FR, EN, AR);
    /** Languages every text must have; Amazigh is optional. */
    public static final List<Language> REQUIRED = List.of(FR, AR, EN);

    private final String code;
    private final boolean rightToLeft;

    Language(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    public String code() { return code; }

    public boolean rightToLeft() { return rightToLeft; }

    public Locale locale() { return Locale.forLanguageTag(code); }

    public static Optional<Language> fromCode(String code) {
        if (code == null) return Optional.empty();
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? FR : fromCode(locale.getLanguage()).orElse(FR);
    }
}
