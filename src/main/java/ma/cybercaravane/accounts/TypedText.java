package ma.cybercaravane.accounts;

import java.util.Optional;

/**
 * The rules for text typed into any organizer form. Emoji, Arabic, Tifinagh and mixed-direction text are stored
 * exactly as typed; refused are empty required fields, overlong text (counted in UTF-16 units, which is what
 * both H2 and PostgreSQL columns can always hold) and characters nobody types on purpose: control characters
 * (new lines and tabs are fine in multi-line text), direction overrides that make text read differently from
 * what is stored, and broken surrogate pairs.
 */
public final class TypedText {

    /** A refusal: a translation key ({@code accounts.input.*}) and its arguments. */
    public record Problem(String key, Object[] args) {}

    private TypedText() {}

    /** Single-line text as stored: surrounding white space dropped; {@code null} becomes "". */
    public static String line(String value) {
        return value == null ? "" : value.strip();
    }

    public static Optional<Problem> problem(String value, int max, boolean required, boolean multiline) {
        String v = value == null ? "" : value;
        if (required && v.isBlank()) return Optional.of(new Problem("accounts.input.required", new Object[0]));
        if (v.length() > max) return Optional.of(new Problem("accounts.input.tooLong", new Object[] {max, v.length()}));
        if (hasHiddenCharacters(v, multiline)) return Optional.of(new Problem("accounts.input.control", new Object[0]));
        return Optional.empty();
    }

    public static boolean hasHiddenCharacters(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) return true;
            if (multiline && (c == '\n' || c == '\r' || c == '\t')) continue;
            if (Character.getType(c) == Character.CONTROL || isDirectionOverride(c) || c == '\uFFFE' || c == '\uFFFF') return true;
        }
        return false;
    }

    /** Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069); the plain marks LRM/RLM stay allowed. */
    static boolean isDirectionOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
