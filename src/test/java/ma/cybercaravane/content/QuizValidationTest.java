package ma.cybercaravane.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import ma.cybercaravane.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of mistake an author can make is reported as file:line: message, and the file is left out. */
class QuizValidationTest {

    @TempDir
    Path root;

    /** A valid quiz; line numbers below refer to this text after the named replacement. */
    static final String VALID = """
            id: demo-quiz
            version: 1
            band: "9-11"
            topic: SCAMS
            title: {fr: "Titre", ar: "عنوان", en: "Title"}
            questions:
              - id: prize
                kind: single
                text:
                  fr: "Un message dit que tu as gagné. Que fais-tu ?"
                  ar: "رسالة تقول إنك ربحت. ماذا تفعل؟"
                  en: "A message says you won. What do you do?"
                choices:
                  - id: click
                    text: {fr: "Je clique", ar: "أنقر", en: "I click"}
                  - id: adult
                    text: {fr: "Je demande à un adulte", ar: "أسأل شخصًا بالغًا", en: "I ask an adult"}
                    correct: true
                explanation: {fr: "Bravo.", ar: "أحسنت.", en: "Well done."}
              - id: tf
                kind: truefalse
                text: {fr: "Vrai ?", ar: "صحيح؟", en: "True?"}
                answer: false
                explanation: {fr: "Non.", ar: "لا.", en: "No."}
            """;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("YAML syntax error", VALID.replace("topic: SCAMS", "topic: [SCAMS"), 5, "content.problem.yaml"),
                Arguments.of("unknown topic", VALID.replace("topic: SCAMS", "topic: PHISHING"), 4, "content.problem.unknownTopic"),
                Arguments.of("unknown age band", VALID.replace("band: \"9-11\"", "band: \"10-12\""), 3, "content.problem.unknownBand"),
                Arguments.of("missing translation", VALID.replace("      ar: \"رسالة تقول إنك ربحت. ماذا تفعل؟\"\n", ""), 10, "content.problem.missingTranslation"),
                Arguments.of("no correct answer", VALID.replace("        correct: true\n", ""), 14, "content.problem.correctCountSingle"),
                Arguments.of("typo in a key", VALID.replace("correct: true", "corect: true"), 18, "content.problem.unknownKey"),
                Arguments.of("duplicate key", VALID.replace("version: 1\n", "version: 1\nversion: 2\n"), 3, "content.problem.duplicateKey"),
                Arguments.of("bad version", VALID.replace("version: 1", "version: one"), 2, "content.problem.badVersion"),
                Arguments.of("bad id", VALID.replace("id: demo-quiz", "id: Demo Quiz"), 1, "content.problem.badId"),
                Arguments.of("unknown kind", VALID.replace("kind: single", "kind: essay"), 8, "content.problem.unknownKind"),
                Arguments.of("duplicate question id", VALID.replace("- id: tf", "- id: prize"), 20, "content.problem.duplicateQuestionId"),
                Arguments.of("duplicate choice id", VALID.replace("- id: adult", "- id: click"), 16, "content.problem.duplicateChoiceId"),
                Arguments.of("true/false with choices", VALID.replace("    answer: false\n", "    answer: false\n    choices: []\n"), 20, "content.problem.trueFalseAnswer"),
                Arguments.of("answer not a boolean", VALID.replace("answer: false", "answer: maybe"), 23, "content.problem.notBoolean"),
                Arguments.of("missing image", VALID.replace("    kind: single\n", "    kind: single\n    image: images/nowhere.svg\n"), 9, "content.problem.imageMissing"),
                Arguments.of("image outside the folder", VALID.replace("    kind: single\n", "    kind: single\n    image: ../secret.svg\n"), 9, "content.problem.imageOutside"),
                Arguments.of("picture choice without image", VALID.replace("kind: single", "kind: picture"), 14, "content.problem.pictureNeedsImage"),
                Arguments.of("direction override", VALID.replace("\"Je clique\"", "\"Je \u202Eclique\""), 15, "content.problem.bidiControl"),
                Arguments.of("blank text", VALID.replace("en: \"Title\"", "en: \"  \""), 5, "content.problem.blankText"),
                Arguments.of("no questions", VALID.substring(0, VALID.indexOf("questions:")) + "questions: []\n", 6, "content.problem.questionCount"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsReportedWithFileLineAndLeftOut(String name, String yaml, int line, String key) throws IOException {
        write("9-11/demo.yaml", yaml);
        Library library = LibraryLoader.load(root);
        assertThat(library.quizzes()).as(name).isEmpty();
        assertThat(library.problems()).as(name).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.render(Language.EN)).startsWith(root.getFileName() + "/9-11/demo.yaml:" + line + ": ");
        });
    }

    @Test
    void theValidFileLoads() throws IOException {
        write("9-11/demo.yaml", VALID);
        Library library = LibraryLoader.load(root);
        assertThat(library.problems()).isEmpty();
        Quiz quiz = library.quiz("demo-quiz").orElseThrow();
        assertThat(quiz.questions()).extracting(Question::id).containsExactly("prize", "tf");
        assertThat(quiz.questions().get(1).correctChoiceIds()).containsExactly("false");
    }

    @Test
    void anInvalidFileIsLeftOutAndTheRestOfTheLibraryStillServes() throws IOException {
        write("9-11/good.yaml", VALID);
        write("9-11/broken.yaml", VALID.replace("demo-quiz", "other-quiz").replace("topic: SCAMS", "topic: NOPE"));
        Library library = LibraryLoader.load(root);
        assertThat(library.quizzes()).containsOnlyKeys("demo-quiz");
        assertThat(library.problems()).singleElement().satisfies(p -> assertThat(p.file()).endsWith("broken.yaml"));
    }

    @Test
    void aDuplicateQuizIdNamesBothFiles() throws IOException {
        write("9-11/a.yaml", VALID);
        write("9-11/b.yaml", VALID);
        Library library = LibraryLoader.load(root);
        assertThat(library.quizzes()).hasSize(1);
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("content.problem.duplicateQuizId");
            assertThat(p.render(Language.FR)).contains("b.yaml:1:").contains("a.yaml");
        });
    }

    @Test
    void invalidUtf8IsReportedOnItsLine() throws IOException {
        byte[] good = VALID.getBytes(StandardCharsets.UTF_8);
        int cut = VALID.indexOf("topic:");
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, cut);
        bad[cut] = (byte) 0xC3; // a lone lead byte
        System.arraycopy(good, cut, bad, cut + 1, good.length - cut);
        Files.createDirectories(root.resolve("9-11"));
        Files.write(root.resolve("9-11/demo.yaml"), bad);
        assertThat(LibraryLoader.load(root).problems()).singleElement()
                .satisfies(p -> assertThat(p.key() + "@" + p.line()).isEqualTo("content.problem.encoding@4"));
    }

    @Test
    void aHugeFileIsRefusedBeforeParsing() throws IOException {
        write("9-11/huge.yaml", VALID + "#" + "x".repeat(QuizFileReader.MAX_FILE_BYTES));
        assertThat(LibraryLoader.load(root).problems()).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("content.problem.tooLarge"));
    }

    @Test
    void anSvgWithScriptIsRefused() throws IOException {
        write("images/bad.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        write("9-11/demo.yaml", VALID.replace("    kind: single\n", "    kind: single\n    image: images/bad.svg\n"));
        assertThat(LibraryLoader.load(root).problems()).singleElement()
                .satisfies(p -> assertThat(p.key() + "@" + p.line()).isEqualTo("content.problem.imageScript@9"));
    }

    @Test
    void materialsWithRawHtmlOrForAnUnknownQuizAreReported() throws IOException {
        write("9-11/demo.yaml", VALID);
        write("materials/demo-quiz/guide.fr.md", "# Guide\n\nBonjour\n<script>alert(1)</script>\n");
        write("materials/nobody/handout.fr.md", "# Fiche\n");
        write("materials/demo-quiz/handout.ar.md", "# ورقة\n");
        List<Problem> problems = LibraryLoader.load(root).problems();
        assertThat(problems).extracting(p -> p.key() + "@" + p.file().substring(p.file().indexOf("materials")) + ":" + p.line())
                .containsExactlyInAnyOrder(
                        "content.problem.rawHtml@materials/demo-quiz/guide.fr.md:4",
                        "content.problem.materialUnknownQuiz@materials/nobody/handout.fr.md:1",
                        "content.problem.materialNoFrench@materials/demo-quiz/handout.ar.md:1");
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
