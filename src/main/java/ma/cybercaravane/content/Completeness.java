package ma.cybercaravane.content;

import java.util.ArrayList;
import java.util.List;

import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;

/**
 * What the library still lacks against the content plan (issue "Parents' corner and the full content library"):
 * at least {@value #MIN_PER_CELL} questions per children's band x topic, quiz sizes per band, a facilitator guide
 * and a handout for every children's quiz, a tip sheet per topic, the cyberbullying guide, two parents' quizzes,
 * and every text in French, Arabic and English. Amazigh is optional and never a gap. Files can be valid and the
 * library still incomplete: the content test fails the build on any gap; organizers and validate-quizzes see them.
 */
public record Completeness(List<Gap> gaps) {

    public static final int MIN_PER_CELL = 4;
    public static final int MIN_PARENTS_QUIZZES = 2;

    /** One thing missing, as a translatable message. */
    public record Gap(String key, List<Object> args) {
        Gap(String key, Object... args) {
            this(key, List.of(args));
        }

        public String message(Language language) {
            return Messages.get().format(key, language, args.toArray());
        }
    }

    public boolean complete() {
        return gaps.isEmpty();
    }

    static Completeness of(Library library) {
        List<Gap> gaps = new ArrayList<>();
        Coverage coverage = library.coverage();
        for (AgeBand band : AgeBand.values()) {
            if (!band.children()) continue;
            for (Topic topic : Topic.values()) {
                int n = coverage.questions(band, topic);
                if (n < MIN_PER_CELL) gaps.add(new Gap("content.gap.cell", band.code(), topic.name(), n, MIN_PER_CELL));
                for (Language l : Language.REQUIRED) {
                    int written = coverage.questions(band, topic, l);
                    if (written < n) gaps.add(new Gap("content.gap.cellLanguage", band.code(), topic.name(), l.code(), n - written));
                }
            }
        }
        for (Quiz quiz : library.quizzes().values()) {
            int size = quiz.questions().size();
            int min = quiz.band().youngest() ? 5 : 8;
            int max = quiz.band().youngest() ? 6 : 12;
            if (size < min || size > max) gaps.add(new Gap("content.gap.quizSize", quiz.id(), size, min, max));
            if (quiz.band().children()) {
                for (Material.Kind kind : List.of(Material.Kind.GUIDE, Material.Kind.HANDOUT)) {
                    if (library.material(kind, quiz.id()).isEmpty()) gaps.add(new Gap("content.gap.material." + kind.name(), quiz.id()));
                }
            }
        }
        for (Topic topic : Topic.values()) {
            if (library.material(Material.Kind.TIPS, topic.name()).isEmpty()) gaps.add(new Gap("content.gap.tips", topic.name()));
        }
        if (library.material(Material.Kind.CYBERBULLYING_GUIDE, "cyberbullying").isEmpty()) gaps.add(new Gap("content.gap.cyberbullyingGuide"));
        int parents = library.quizzes(AgeBand.PARENTS).size();
        if (parents < MIN_PARENTS_QUIZZES) gaps.add(new Gap("content.gap.parentsQuizzes", parents, MIN_PARENTS_QUIZZES));
        for (Material m : library.materials().values()) {
            for (Language l : Language.REQUIRED) {
                if (!m.markdown().containsKey(l)) gaps.add(new Gap("content.gap.materialLanguage", m.kind().name(), m.owner(), l.code()));
            }
        }
        return new Completeness(List.copyOf(gaps));
    }
}
