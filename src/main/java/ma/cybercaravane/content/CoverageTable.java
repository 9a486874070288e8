package ma.cybercaravane.content;

import java.io.PrintStream;

import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;

/**
 * What validate-quizzes prints after the problems: the band x topic x language table (questions written per language),
 * the materials written per language, and what the library still lacks against the content plan.
 */
final class CoverageTable {

    private CoverageTable() {}

    static void print(Library library, Language language, PrintStream out) {
        Coverage c = library.coverage();
        Messages m = Messages.get();
        out.println();
        out.println(m.format("content.cli.coverage", language, library.quizzes().size(), c.questions(),
                c.count(Language.FR), c.count(Language.AR), c.count(Language.EN), c.count(Language.ZGH)));
        StringBuilder header = new StringBuilder(String.format("%-8s", ""));
        for (Topic t : Topic.values()) header.append(String.format("%-17s", t.name()));
        out.println(header);
        for (AgeBand band : AgeBand.values()) {
            StringBuilder row = new StringBuilder(String.format("%-8s", band.code()));
            for (Topic t : Topic.values()) {
                row.append(String.format("%-17s", c.questions(band, t) + " " + c.questions(band, t, Language.FR) + "/"
                        + c.questions(band, t, Language.AR) + "/" + c.questions(band, t, Language.EN) + "/"
                        + c.questions(band, t, Language.ZGH)));
            }
            out.println(row);
        }
        out.println(m.format("content.cli.legend", language));
        out.println();
        for (Material.Kind kind : Material.Kind.values()) {
            out.println(m.format("content.cli.materials", language, m.format("content.material." + kind.name(), language),
                    library.materials(kind), library.materials(kind, Language.FR), library.materials(kind, Language.AR),
                    library.materials(kind, Language.EN), library.materials(kind, Language.ZGH)));
        }
        Completeness completeness = library.completeness();
        out.println();
        out.println(m.format(completeness.complete() ? "content.cli.noGaps" : "content.cli.gaps", language, completeness.gaps().size()));
        for (Completeness.Gap gap : completeness.gaps()) out.println("  - " + gap.message(language));
    }
}
