package ma.cybercaravane.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.LocalizedText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one quiz file and reports every problem as {@code file:line: message}. Works on the YAML node
 * tree (not on Java objects) so each problem knows its line, and so unknown keys are errors, not ignored.
 */
final class QuizFileReader {

    static final int MAX_FILE_BYTES = 1024 * 1024;
    static final int MAX_IMAGE_BYTES = 512 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> QUIZ_KEYS = Set.of("id", "version", "band", "topic", "title", "description", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "kind", "topic", "text", "image", "choices", "answer", "explanation", "notes");
    private static final Set<String> CHOICE_KEYS = Set.of("id", "text", "image", "correct");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("svg", "png", "jpg", "jpeg", "webp");

    private final Path root;
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private QuizFileReader(Path root, Path path) {
        this.root = root;
        this.file = displayName(root, path);
    }

    record Result(Optional<Quiz> quiz, List<Problem> problems) {}

    static Result read(Path root, Path path) {
        QuizFileReader reader = new QuizFileReader(root, path);
        Quiz quiz = reader.readQuiz(path);
        boolean valid = reader.problems.isEmpty() && quiz != null;
        return new Result(valid ? Optional.of(quiz) : Optional.empty(), List.copyOf(reader.problems));
    }

    static String displayName(Path root, Path path) {
        Path parent = root.toAbsolutePath().normalize().getParent();
        Path abs = path.toAbsolutePath().normalize();
        return (parent != null && abs.startsWith(parent) ? parent.relativize(abs) : abs).toString();
    }

    private Quiz readQuiz(Path path) {
        String source = readUtf8(path);
        if (source == null) return null;
        Node rootNode;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported below with their line
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(MAX_FILE_BYTES);
            rootNode = new Yaml(options).compose(new StringReader(source));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            problem(line, "content.problem.yaml", String.valueOf(e.getProblem()));
            return null;
        } catch (YAMLException e) {
            problem(1, "content.problem.yaml", e.getMessage());
            return null;
        }
        if (!(rootNode instanceof MappingNode map)) {
            problem(rootNode == null ? 1 : line(rootNode), "content.problem.notMapping");
            return null;
        }
        Map<String, NodeTuple> fields = fields(map, QUIZ_KEYS);
        String id = id(fields, map, "id");
        Integer version = version(fields, map);
        AgeBand band = scalar(fields, map, "band", true)
                .map(s -> AgeBand.fromCode(s.getValue()).orElseGet(() -> {
                    problem(line(s), "content.problem.unknownBand", s.getValue());
                    return null;
                })).orElse(null);
        Topic topic = topic(fields, map, "topic", true, null);
        LocalizedText title = text(fields, map, "title", true);
        LocalizedText description = text(fields, map, "description", false);
        List<Question> questions = new ArrayList<>();
        NodeTuple qTuple = require(fields, map, "questions");
        if (qTuple != null) {
            Node qNode = qTuple.getValueNode();
            if (!(qNode instanceof SequenceNode seq)) {
                problem(line(qNode), "content.problem.notList", "questions");
            } else {
                if (seq.getValue().isEmpty() || seq.getValue().size() > 20) {
                    problem(line(qNode), "content.problem.questionCount", seq.getValue().size());
                }
                Set<String> ids = new HashSet<>();
                for (Node item : seq.getValue()) {
                    Question q = question(item, topic);
                    if (q != null && !ids.add(q.id())) {
                        problem(line(item), "content.problem.duplicateQuestionId", q.id());
                    }
                    if (q != null) questions.add(q);
                }
            }
        }
        if (!problems.isEmpty()) return null;
        return new Quiz(id, version, band, topic, title, description, List.copyOf(questions), file, hash(questions));
    }

    private String readUtf8(Path path) {
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                problem(1, "content.problem.tooLarge", MAX_FILE_BYTES / 1024);
                return null;
            }
            byte[] bytes = Files.readAllBytes(path);
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (MalformedInputException e) {
                problem(lineOfByte(bytes, firstBadByte(bytes)), "content.problem.encoding");
                return null;
            } catch (CharacterCodingException e) {
                problem(1, "content.problem.encoding");
                return null;
            }
        } catch (IOException e) {
            problem(1, "content.problem.unreadable", e.getClass().getSimpleName());
            return null;
        }
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private Question question(Node node, Topic quizTopic) {
        if (!(node instanceof MappingNode map)) {
            problem(line(node), "content.problem.notMapping");
            return null;
        }
        int before = problems.size();
        Map<String, NodeTuple> fields = fields(map, QUESTION_KEYS);
        String id = id(fields, map, "id");
        QuestionKind kind = scalar(fields, map, "kind", true)
                .map(s -> QuestionKind.fromCode(s.getValue()).orElseGet(() -> {
                    problem(line(s), "content.problem.unknownKind", s.getValue());
                    return null;
                })).orElse(null);
        Topic topic = topic(fields, map, "topic", false, quizTopic);
        LocalizedText text = text(fields, map, "text", true);
        String image = fields.containsKey("image") ? image(fields.get("image").getValueNode()) : null;
        LocalizedText explanation = text(fields, map, "explanation", true);
        LocalizedText notes = fields.containsKey("notes") ? localized(fields.get("notes").getValueNode(), "notes", false) : LocalizedText.EMPTY;
        List<Choice> choices = new ArrayList<>();
        if (kind == QuestionKind.TRUEFALSE) {
            Boolean answer = bool(fields.get("answer"), "answer");
            if (answer == null || fields.containsKey("choices")) {
                problem(line(map), "content.problem.trueFalseAnswer");
            } else {
                choices.add(new Choice("true", Question.TRUE, null, answer));
                choices.add(new Choice("false", Question.FALSE, null, !answer));
            }
        } else if (kind != null) {
            if (fields.containsKey("answer")) problem(line(fields.get("answer").getKeyNode()), "content.problem.answerOnlyTrueFalse");
            NodeTuple cTuple = require(fields, map, "choices");
            if (cTuple != null) choices = choices(cTuple.getValueNode(), kind);
        }
        if (problems.size() > before || kind == null) return null;
        return new Question(id, kind, topic, text, image, List.copyOf(choices), explanation, notes);
    }

    private List<Choice> choices(Node node, QuestionKind kind) {
        List<Choice> choices = new ArrayList<>();
        if (!(node instanceof SequenceNode seq)) {
            problem(line(node), "content.problem.notList", "choices");
            return choices;
        }
        Set<String> ids = new HashSet<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode map)) {
                problem(line(item), "content.problem.notMapping");
                continue;
            }
            Map<String, NodeTuple> fields = fields(map, CHOICE_KEYS);
            String id = id(fields, map, "id");
            if (id != null && !ids.add(id)) problem(line(item), "content.problem.duplicateChoiceId", id);
            LocalizedText text = text(fields, map, "text", true);
            String image = null;
            if (fields.containsKey("image")) {
                image = image(fields.get("image").getValueNode());
            } else if (kind == QuestionKind.PICTURE) {
                problem(line(item), "content.problem.pictureNeedsImage");
            }
            Boolean correct = fields.containsKey("correct") ? bool(fields.get("correct"), "correct") : Boolean.FALSE;
            choices.add(new Choice(id, text, image, Boolean.TRUE.equals(correct)));
        }
        int count = choices.size();
        if (count < 2 || count > 6) problem(line(node), "content.problem.choiceCount", kind.code(), count);
        long correct = choices.stream().filter(Choice::correct).count();
        if (kind == QuestionKind.MULTIPLE) {
            if (correct < 1 || correct == count) problem(line(node), "content.problem.correctCountMultiple");
        } else if (correct != 1) {
            problem(line(node), "content.problem.correctCountSingle", kind.code(), correct);
        }
        return choices;
    }

    // ---- field helpers -------------------------------------------------------------------------

    private Map<String, NodeTuple> fields(MappingNode map, Set<String> allowed) {
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                problem(line(t.getKeyNode()), "content.problem.notText", "key");
                continue;
            }
            String name = key.getValue();
            if (!allowed.contains(name)) {
                problem(line(key), "content.problem.unknownKey", name, String.join(", ", allowed.stream().sorted().toList()));
            } else if (fields.putIfAbsent(name, t) != null) {
                problem(line(key), "content.problem.duplicateKey", name);
            }
        }
        return fields;
    }

    private NodeTuple require(Map<String, NodeTuple> fields, MappingNode owner, String key) {
        NodeTuple t = fields.get(key);
        if (t == null) problem(line(owner), "content.problem.missingKey", key);
        return t;
    }

    private Optional<ScalarNode> scalar(Map<String, NodeTuple> fields, MappingNode owner, String key, boolean required) {
        NodeTuple t = required ? require(fields, owner, key) : fields.get(key);
        if (t == null) return Optional.empty();
        if (t.getValueNode() instanceof ScalarNode s && !s.getValue().isBlank()) {
            checkBidi(s);
            return Optional.of(s);
        }
        problem(line(t.getValueNode()), "content.problem.notText", key);
        return Optional.empty();
    }

    private String id(Map<String, NodeTuple> fields, MappingNode owner, String key) {
        return scalar(fields, owner, key, true).map(s -> {
            if (!ID.matcher(s.getValue()).matches()) {
                problem(line(s), "content.problem.badId", s.getValue());
                return null;
            }
            return s.getValue();
        }).orElse(null);
    }

    private Integer version(Map<String, NodeTuple> fields, MappingNode owner) {
        return scalar(fields, owner, "version", true).map(s -> {
            try {
                int v = Integer.parseInt(s.getValue());
                if (v >= 1) return v;
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problem(line(s), "content.problem.badVersion", s.getValue());
            return null;
        }).orElse(null);
    }

    private Topic topic(Map<String, NodeTuple> fields, MappingNode owner, String key, boolean required, Topic fallback) {
        return scalar(fields, owner, key, required)
                .map(s -> Topic.fromCode(s.getValue()).orElseGet(() -> {
                    problem(line(s), "content.problem.unknownTopic", s.getValue(), "DATA, SCAMS, PASSWORDS, DEVICES, KINDNESS, CONTACTS, WELLBEING, HELP");
                    return null;
                })).orElse(fallback);
    }

    private Boolean bool(NodeTuple tuple, String key) {
        if (tuple == null) return null;
        if (tuple.getValueNode() instanceof ScalarNode s) {
            String v = s.getValue().toLowerCase(Locale.ROOT);
            if (v.equals("true")) return true;
            if (v.equals("false")) return false;
            problem(line(s), "content.problem.notBoolean", key, s.getValue());
        } else {
            problem(line(tuple.getValueNode()), "content.problem.notBoolean", key, "");
        }
        return null;
    }

    private LocalizedText text(Map<String, NodeTuple> fields, MappingNode owner, String key, boolean required) {
        NodeTuple t = required ? require(fields, owner, key) : fields.get(key);
        if (t == null) return LocalizedText.EMPTY;
        return localized(t.getValueNode(), key, true);
    }

    private LocalizedText localized(Node node, String key, boolean allLanguagesRequired) {
        if (!(node instanceof MappingNode map)) {
            problem(line(node), "content.problem.notTranslations", key);
            return LocalizedText.EMPTY;
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : map.getValue()) {
            String code = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            Optional<Language> language = Language.fromCode(code);
            if (language.isEmpty() || !language.get().code().equals(code)) {
                problem(line(t.getKeyNode()), "content.problem.unknownLanguage", code);
                continue;
            }
            if (!seen.add(code)) {
                problem(line(t.getKeyNode()), "content.problem.duplicateKey", code);
                continue;
            }
            if (t.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) {
                checkBidi(v);
                texts.put(language.get(), v.getValue().strip());
            } else {
                problem(line(t.getValueNode()), "content.problem.blankText", key, code);
            }
        }
        List<Language> required = allLanguagesRequired ? Language.REQUIRED : List.of(Language.FR);
        for (Language l : required) {
            if (!texts.containsKey(l) && seen.stream().noneMatch(c -> c.equals(l.code()))) {
                problem(line(map), "content.problem.missingTranslation", key, l.code());
            }
        }
        return new LocalizedText(texts);
    }

    private String image(Node node) {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            problem(line(node), "content.problem.notText", "image");
            return null;
        }
        String name = s.getValue().strip();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Path base = root.toAbsolutePath().normalize();
        Path target = base.resolve(name).normalize();
        if (!target.startsWith(base)) {
            problem(line(s), "content.problem.imageOutside", name);
        } else if (!IMAGE_EXTENSIONS.contains(ext)) {
            problem(line(s), "content.problem.imageType", name);
        } else if (!Files.isRegularFile(target) || !Files.isReadable(target)) {
            problem(line(s), "content.problem.imageMissing", name);
        } else {
            try {
                if (Files.size(target) > MAX_IMAGE_BYTES) {
                    problem(line(s), "content.problem.imageTooLarge", name);
                } else if (ext.equals("svg") && ImageSafety.hasActiveContent(Files.readString(target))) {
                    problem(line(s), "content.problem.imageScript", name);
                }
            } catch (IOException | RuntimeException e) {
                problem(line(s), "content.problem.imageMissing", name);
            }
        }
        return name;
    }

    private void checkBidi(ScalarNode s) {
        s.getValue().codePoints().filter(QuizFileReader::isBidiOverride).findFirst()
                .ifPresent(cp -> problem(line(s), "content.problem.bidiControl", String.format("%04X", cp)));
    }

    static boolean isBidiOverride(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private void problem(int line, String key, Object... args) {
        problems.add(new Problem(file, line, key, args));
    }

    /** Hash of what stored answers depend on; translation fixes in ar/en/zgh do not change it. */
    private static String hash(List<Question> questions) {
        StringBuilder sb = new StringBuilder();
        for (Question q : questions) {
            sb.append(q.id()).append('|').append(q.kind()).append('|').append(q.topic()).append('|')
                    .append(q.text().in(Language.FR)).append('\n');
            for (Choice c : q.choices()) {
                sb.append("  ").append(c.id()).append('|').append(c.correct()).append('|')
                        .append(c.text().in(Language.FR)).append('\n');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
