package ma.cybercaravane.accounts;

import java.util.List;

/**
 * One refused field of an organizer form: the field (the name of the record component it came from), a
 * translation key and its arguments. Forms show it under the field, translated.
 */
public record FieldError(String field, String key, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
