package ma.cybercaravane.content;

import java.io.PrintStream;
import java.nio.file.Path;

import ma.cybercaravane.shared.Language;

/**
 * {@code java -jar cybercaravane.jar validate-quizzes <folder> [--lang fr|ar|en]}: validates without starting the
 * web server, prints every problem and the coverage table, exits 1 when any file is invalid.
 */
public final class ValidateQuizzesCommand {

    public static final String NAME = "validate-quizzes";

    private ValidateQuizzesCommand() {}

    public static int run(String[] args, PrintStream out) {
        Path folder = Path.of(args.length > 1 && !args[1].startsWith("--") ? args[1] : "quizzes");
        Language language = Language.EN;
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals("--lang")) language = Language.fromCode(args[i + 1]).orElse(Language.EN);
        }
        Library library = LibraryLoader.load(folder);
        for (Problem p : library.problems()) out.println(p.render(language));
        CoverageTable.print(library, language, out);
        boolean ok = library.problems().isEmpty();
        out.println(ok ? msg(language, "content.cli.ok", library.quizzes().size())
                : msg(language, "content.cli.failed", library.problems().size()));
        return ok ? 0 : 1;
    }

    private static String msg(Language language, String key, Object... args) {
        return ma.cybercaravane.shared.Messages.get().format(key, language, args);
    }
}
