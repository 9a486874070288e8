package ma.cybercaravane.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ma.cybercaravane.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content test of the build: the real library meets the content plan (every children's band x topic cell has at
 * least 4 questions, quiz sizes per band, a guide and a handout for every children's quiz, 8 tip sheets with a part
 * per age, the cyberbullying guide, 2+ parents' quizzes, French, Arabic and English complete), and each way of
 * falling short is reported as a gap.
 */
class LibraryCompletenessTest {

    private static final Library LIBRARY = LibraryLoader.load(Path.of("quizzes"));

    @TempDir
    Path root;

    @Test
    void theRealLibraryIsValidAndComplete() {
        assertThat(LIBRARY.problems()).extracting(p -> p.render(Language.EN)).isEmpty();
        assertThat(LIBRARY.completeness().gaps()).extracting(g -> g.message(Language.EN)).isEmpty();
    }

    @Test
    void everyChildrensBandAndTopicHasAtLeastFourQuestionsInEveryRequiredLanguage() {
        Coverage c = LIBRARY.coverage();
        for (AgeBand band : AgeBand.values()) {
            if (!band.children()) continue;
            for (Topic topic : Topic.values()) {
                assertThat(c.questions(band, topic)).as(band.code() + " x " + topic).isGreaterThanOrEqualTo(Completeness.MIN_PER_CELL);
                for (Language l : Language.REQUIRED) {
                    assertThat(c.questions(band, topic, l)).as(band.code() + " x " + topic + " in " + l).isEqualTo(c.questions(band, topic));
                }
            }
        }
        long children = LIBRARY.quizzes().values().stream().filter(q -> q.band().children()).mapToLong(q -> q.questions().size()).sum();
        assertThat(children).isGreaterThanOrEqualTo(128);
        assertThat(LIBRARY.quizzes()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(c.questions()).isGreaterThanOrEqualTo(250);
        assertThat(LIBRARY.quizzes(AgeBand.PARENTS)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void quizSizesFitTheirAgeAndTheYoungestArePictureAndTrueFalseHeavy() {
        for (Quiz quiz : LIBRARY.quizzes().values()) {
            int n = quiz.questions().size();
            if (quiz.band().youngest()) {
                assertThat(n).as(quiz.id()).isBetween(5, 6);
                long easy = quiz.questions().stream().filter(q -> q.kind() == QuestionKind.PICTURE || q.kind() == QuestionKind.TRUEFALSE).count();
                assertThat(easy).as(quiz.id() + " picture and true/false questions").isGreaterThanOrEqualTo(n - 2);
            } else {
                assertThat(n).as(quiz.id()).isBetween(8, 12);
            }
        }
        assertThat(LIBRARY.quizzes().values().stream().flatMap(q -> q.questions().stream()).filter(q -> q.kind() == QuestionKind.PICTURE))
                .hasSizeGreaterThan(20);
    }

    @Test
    void everyChildrensQuizHasAGuideAndAHandoutAndEveryMaterialIsInFrenchArabicAndEnglish() {
        for (Quiz quiz : LIBRARY.quizzes().values()) {
            if (!quiz.band().children()) continue;
            assertThat(LIBRARY.material(Material.Kind.GUIDE, quiz.id())).as(quiz.id() + " guide").isPresent();
            assertThat(LIBRARY.material(Material.Kind.HANDOUT, quiz.id())).as(quiz.id() + " handout").isPresent();
        }
        for (Topic topic : Topic.values()) {
            Material tips = LIBRARY.material(Material.Kind.TIPS, topic.name()).orElseThrow();
            for (Language l : Language.REQUIRED) {
                TipSheet sheet = TipSheet.parse(tips.markdown().get(l));
                assertThat(sheet.ages()).as(topic + " " + l + " age parts").hasSize(4);
                assertThat(sheet.title()).isNotBlank();
            }
        }
        assertThat(LIBRARY.materials().values()).allSatisfy(m -> assertThat(m.markdown()).as(m.kind() + " " + m.owner())
                .containsKeys(Language.FR, Language.AR, Language.EN));
    }

    @Test
    void aThinCellAMissingHandoutAndAMissingTranslationAreGaps() throws IOException {
        write("9-11/thin.yaml", QuizValidationTest.VALID);
        write("materials/demo-quiz/guide.fr.md", "# Guide\n");
        write("materials/demo-quiz/guide.ar.md", "# دليل\n");
        Library library = LibraryLoader.load(root);
        assertThat(library.problems()).isEmpty();
        List<String> gaps = library.completeness().gaps().stream().map(g -> g.key() + " " + g.args()).toList();
        assertThat(gaps).contains("content.gap.cell [9-11, SCAMS, 2, 4]", "content.gap.cell [6-8, DATA, 0, 4]",
                "content.gap.material.HANDOUT [demo-quiz]", "content.gap.materialLanguage [GUIDE, demo-quiz, en]",
                "content.gap.quizSize [demo-quiz, 2, 8, 12]", "content.gap.tips [KINDNESS]",
                "content.gap.cyberbullyingGuide []", "content.gap.parentsQuizzes [0, 2]")
                .doesNotContain("content.gap.material.GUIDE [demo-quiz]");
        assertThat(library.completeness().gaps()).allSatisfy(g -> assertThat(g.message(Language.AR)).doesNotStartWith("!"));
    }

    @Test
    void aTipSheetWithoutEveryAgeIsRefusedWithItsName() throws IOException {
        write("parents/tips/data.fr.md", "# Données\n\nIntro\n\n## À chaque âge\n\n### 6-8 ans\nTexte\n\n### 9-11 ans\nTexte\n\n## Que faire\n\n- Parler\n");
        Library library = LibraryLoader.load(root);
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("content.problem.tipsAges");
            assertThat(p.render(Language.EN)).contains("parents/tips/data.fr.md:1:").contains("12-14, 15-17");
        });
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
