package ma.cybercaravane.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;

/**
 * The same text rules in every organizer form, before the service checks them again: a Binder validator with
 * the service's translated messages, and the service's refusals shown under the fields they concern.
 */
public final class Forms {

    private Forms() {}

    /** A Binder validator applying {@link TypedText} (single line unless {@code multiline}). */
    public static Validator<String> text(int max, boolean required, boolean multiline) {
        return (value, context) -> {
            String v = multiline ? (value == null ? "" : value) : TypedText.line(value);
            Language language = Language.of(context.getLocale().orElse(Locale.FRENCH));
            return TypedText.problem(v, max, required, multiline)
                    .map(p -> ValidationResult.error(Messages.get().format(p.key(), language, p.args())))
                    .orElse(ValidationResult.ok());
        };
    }

    /**
     * Shows each refusal under the bound field named like the record component; returns the translated
     * messages no field could show (the form shows them above its buttons).
     */
    public static List<String> show(InvalidInput refused, Binder<?> binder, Component context) {
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : refused.errors()) {
            String message = context.getTranslation(error.key(), error.argArray());
            var field = binder.getBinding(error.field()).map(b -> b.getField()).orElse(null);
            if (field instanceof HasValidation v) {
                v.setErrorMessage(message);
                v.setInvalid(true);
            } else {
                unplaced.add(message);
            }
        }
        return unplaced;
    }
}
