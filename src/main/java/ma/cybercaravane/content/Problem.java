package ma.cybercaravane.content;

import java.util.List;

import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;

/** One problem found in a content file: where it is, and a translatable message (key + arguments). */
public record Problem(String file, int line, String key, List<Object> args) implements Comparable<Problem> {

    public Problem(String file, int line, String key, Object... args) {
        this(file, line, key, List.of(args));
    }

    public String message(Language language) {
        return Messages.get().format(key, language, args.toArray());
    }

    /** {@code file:line: message}, the form editors and CI logs understand. */
    public String render(Language language) {
        return file + ":" + line + ": " + message(language);
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
