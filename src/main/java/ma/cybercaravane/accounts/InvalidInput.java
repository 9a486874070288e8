package ma.cybercaravane.accounts;

import java.util.ArrayList;
import java.util.List;

/**
 * What an organizer typed was refused: every field error at once, so a form shows them all. Services are the
 * boundary: they check every field again whatever the form checked.
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super("invalid input: " + errors.stream().map(e -> e.field() + "=" + e.key()).toList());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String key, Object... args) {
        return new InvalidInput(List.of(new FieldError(field, key, List.of(args))));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first error of a field, if any (tests and forms). */
    public java.util.Optional<FieldError> on(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).findFirst();
    }

    /** Collects the errors of one form; {@link #throwIfAny()} at the end. */
    public static final class Collector {

        private final List<FieldError> errors = new ArrayList<>();

        /** Single-line text: surrounding spaces dropped; {@code null} becomes "" (or null when optional and blank). */
        public String line(String field, String value, int max, boolean required) {
            return check(field, TypedText.line(value), max, required, false);
        }

        /** Multi-line text (notes): kept exactly as typed, new lines and tabs allowed. */
        public String lines(String field, String value, int max, boolean required) {
            return check(field, value == null ? "" : value, max, required, true);
        }

        private String check(String field, String value, int max, boolean required, boolean multiline) {
            TypedText.problem(value, max, required, multiline).ifPresent(p -> add(field, p.key(), p.args()));
            return value.isBlank() && !required ? null : value;
        }

        public void add(String field, String key, Object... args) {
            errors.add(new FieldError(field, key, List.of(args)));
        }

        public boolean has(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) throw new InvalidInput(errors);
        }
    }
}
