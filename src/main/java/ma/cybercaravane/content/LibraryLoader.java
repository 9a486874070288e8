package ma.cybercaravane.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ma.cybercaravane.shared.Language;

/**
 * Loads and validates a whole quizzes folder. Every load goes through here: start-up, the organizer's
 * reload, the tests and the {@code validate-quizzes} command. An invalid file is reported and left out.
 */
public final class LibraryLoader {

    static final int MAX_MATERIAL_BYTES = 256 * 1024;
    private static final Pattern MATERIAL = Pattern.compile("materials/([a-z0-9-]+)/(guide|handout)\\.([a-z]+)\\.md");
    private static final Pattern TIPS = Pattern.compile("parents/tips/([a-z]+)\\.([a-z]+)\\.md");
    private static final Pattern CYBERBULLYING = Pattern.compile("parents/guide/cyberbullying\\.([a-z]+)\\.md");
    private static final Pattern RAW_HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9-]*(\\s[^>]*)?/?>");

    private LibraryLoader() {}

    public static Library load(Path root) {
        List<Problem> problems = new ArrayList<>();
        List<Quiz> quizzes = new ArrayList<>();
        Map<String, Quiz> byId = new HashMap<>();
        List<Path> files = files(root, problems);
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) continue;
            QuizFileReader.Result result = QuizFileReader.read(root, file);
            problems.addAll(result.problems());
            result.quiz().ifPresent(q -> {
                Quiz previous = byId.putIfAbsent(q.id(), q);
                if (previous != null) {
                    problems.add(new Problem(q.file(), 1, "content.problem.duplicateQuizId", q.id(), previous.file()));
                } else {
                    quizzes.add(q);
                }
            });
        }
        List<Material> materials = materials(root, files, byId, problems);
        return Library.of(root, quizzes, materials, problems);
    }

    private static List<Path> files(Path root, List<Problem> problems) {
        if (!Files.isDirectory(root)) {
            problems.add(new Problem(root.toString(), 0, "content.problem.noFolder"));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(root.toString(), 0, "content.problem.unreadable", e.getClass().getSimpleName()));
            return List.of();
        }
    }

    private static List<Material> materials(Path root, List<Path> files, Map<String, Quiz> quizzes, List<Problem> problems) {
        Map<String, Map<Language, String>> texts = new HashMap<>();
        Map<String, String> firstFile = new HashMap<>();
        for (Path file : files) {
            String rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
            if (!rel.endsWith(".md")) continue;
            String display = QuizFileReader.displayName(root, file);
            Optional<Slot> slot = slot(rel);
            if (slot.isEmpty()) {
                problems.add(new Problem(display, 1, "content.problem.materialName"));
                continue;
            }
            Slot s = slot.get();
            Optional<Language> language = Language.fromCode(s.language);
            if (language.isEmpty()) {
                problems.add(new Problem(display, 1, "content.problem.unknownLanguage", s.language));
                continue;
            }
            if (s.kind == Material.Kind.GUIDE || s.kind == Material.Kind.HANDOUT) {
                if (!quizzes.containsKey(s.owner)) {
                    problems.add(new Problem(display, 1, "content.problem.materialUnknownQuiz", s.owner));
                    continue;
                }
            } else if (s.kind == Material.Kind.TIPS && Topic.fromCode(s.owner.toUpperCase(Locale.ROOT)).isEmpty()) {
                problems.add(new Problem(display, 1, "content.problem.unknownTopic", s.owner, "data, scams, passwords, devices, kindness, contacts, wellbeing, help"));
                continue;
            }
            String text = readMarkdown(file, display, problems);
            if (text == null) continue;
            if (s.kind == Material.Kind.TIPS && !tipsHaveEveryAge(text, display, problems)) continue;
            String owner = s.kind == Material.Kind.TIPS ? s.owner.toUpperCase(Locale.ROOT) : s.owner;
            String key = Library.key(s.kind, owner);
            texts.computeIfAbsent(key, k -> new EnumMap<>(Language.class)).put(language.get(), text);
            firstFile.putIfAbsent(key, display);
        }
        List<Material> materials = new ArrayList<>();
        texts.forEach((key, byLanguage) -> {
            if (!byLanguage.containsKey(Language.FR)) {
                problems.add(new Problem(firstFile.get(key), 1, "content.problem.materialNoFrench"));
                return;
            }
            String[] parts = key.split(":", 2);
            materials.add(new Material(Material.Kind.valueOf(parts[0]), parts[1], byLanguage));
        });
        return materials;
    }

    private record Slot(Material.Kind kind, String owner, String language) {}

    private static Optional<Slot> slot(String rel) {
        Matcher m = MATERIAL.matcher(rel);
        if (m.matches()) {
            Material.Kind kind = m.group(2).equals("guide") ? Material.Kind.GUIDE : Material.Kind.HANDOUT;
            return Optional.of(new Slot(kind, m.group(1), m.group(3)));
        }
        m = TIPS.matcher(rel);
        if (m.matches()) return Optional.of(new Slot(Material.Kind.TIPS, m.group(1), m.group(2)));
        m = CYBERBULLYING.matcher(rel);
        if (m.matches()) return Optional.of(new Slot(Material.Kind.CYBERBULLYING_GUIDE, "cyberbullying", m.group(1)));
        return Optional.empty();
    }

    /** A tip sheet has a part for each children's age band ({@code ### 6-8 ...}), so parents can read their child's first. */
    private static boolean tipsHaveEveryAge(String text, String display, List<Problem> problems) {
        TipSheet sheet = TipSheet.parse(text);
        List<String> missing = java.util.Arrays.stream(AgeBand.values())
                .filter(b -> b.children() && sheet.age(b).isEmpty()).map(AgeBand::code).toList();
        if (missing.isEmpty()) return true;
        problems.add(new Problem(display, 1, "content.problem.tipsAges", String.join(", ", missing)));
        return false;
    }

    /** Materials are rendered escaped anyway; raw HTML and direction overrides are still refused so authors see them. */
    private static String readMarkdown(Path file, String display, List<Problem> problems) {
        try {
            if (Files.size(file) > MAX_MATERIAL_BYTES) {
                problems.add(new Problem(display, 1, "content.problem.tooLarge", MAX_MATERIAL_BYTES / 1024));
                return null;
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            int before = problems.size();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher html = RAW_HTML.matcher(lines[i]);
                if (html.find()) problems.add(new Problem(display, i + 1, "content.problem.rawHtml", html.group()));
                int line = i + 1;
                lines[i].codePoints().filter(QuizFileReader::isBidiOverride).findFirst().ifPresent(cp ->
                        problems.add(new Problem(display, line, "content.problem.bidiControl", String.format("%04X", cp))));
            }
            if (text.isBlank()) problems.add(new Problem(display, 1, "content.problem.blankText", "markdown", ""));
            return problems.size() == before ? text : null;
        } catch (CharacterCodingException e) {
            problems.add(new Problem(display, 1, "content.problem.encoding"));
        } catch (IOException e) {
            problems.add(new Problem(display, 1, "content.problem.unreadable", e.getClass().getSimpleName()));
        }
        return null;
    }
}
