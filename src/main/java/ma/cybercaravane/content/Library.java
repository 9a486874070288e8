package ma.cybercaravane.content;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An immutable snapshot of the loaded content: the valid quizzes, the materials, and every problem found. */
public record Library(Path root, Map<String, Quiz> quizzes, Map<String, Material> materials, List<Problem> problems) {

    public static Library of(Path root, List<Quiz> quizzes, List<Material> materials, List<Problem> problems) {
        return new Library(root,
                quizzes.stream().sorted(Comparator.comparing(Quiz::band).thenComparing(Quiz::topic).thenComparing(Quiz::id))
                        .collect(Collectors.toMap(Quiz::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new)),
                materials.stream().collect(Collectors.toMap(m -> key(m.kind(), m.owner()), Function.identity())),
                problems.stream().sorted().toList());
    }

    static String key(Material.Kind kind, String owner) {
        return kind + ":" + owner;
    }

    public Optional<Quiz> quiz(String id) {
        return Optional.ofNullable(quizzes.get(id));
    }

    public List<Quiz> quizzes(AgeBand band) {
        return quizzes.values().stream().filter(q -> q.band() == band).toList();
    }

    public Optional<Material> material(Material.Kind kind, String owner) {
        return Optional.ofNullable(materials.get(key(kind, owner)));
    }

    public Coverage coverage() {
        return Coverage.of(quizzes.values());
    }

    /** What the library still lacks against the content plan (empty when complete). */
    public Completeness completeness() {
        return Completeness.of(this);
    }

    /** How many materials of a kind are written in a language (Amazigh included). */
    public int materials(Material.Kind kind, ma.cybercaravane.shared.Language language) {
        return (int) materials.values().stream().filter(m -> m.kind() == kind && m.markdown().containsKey(language)).count();
    }

    public int materials(Material.Kind kind) {
        return (int) materials.values().stream().filter(m -> m.kind() == kind).count();
    }
}
