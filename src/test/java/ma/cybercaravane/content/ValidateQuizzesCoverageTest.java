package ma.cybercaravane.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** validate-quizzes prints the band x topic x language table, the materials per language and what is missing. */
class ValidateQuizzesCoverageTest {

    @TempDir
    Path folder;

    @Test
    void theRealLibraryPrintsEveryBandTopicAndLanguageAndNothingMissing() {
        String printed = run("quizzes", "en");
        int questions = LibraryLoader.load(Path.of("quizzes")).coverage().questions();
        assertThat(printed).contains("complete in fr " + questions + ", ar " + questions + ", en " + questions + ", zgh 0.");
        for (String band : new String[] {"6-8", "9-11", "12-14", "15-17", "parents"}) assertThat(printed).containsPattern("(?m)^" + band + " ");
        for (Topic t : Topic.values()) assertThat(printed).contains(t.name());
        assertThat(printed).containsPattern("6-8 +6 6/6/6/0 ")
                .contains("Parents’ tip sheets: 8; written in fr 8, ar 8, en 8, zgh 0.")
                .contains("Library complete: nothing is missing.");
    }

    @Test
    void aValidButIncompleteFolderListsItsGapsInTheChosenLanguage() throws IOException {
        Files.createDirectories(folder.resolve("9-11"));
        Files.writeString(folder.resolve("9-11/demo.yaml"), QuizValidationTest.VALID);
        String printed = run(folder.toString(), "fr");
        assertThat(printed).contains("9-11 × SCAMS : 2 question(s), il en faut au moins 4.")
                .contains("Le quiz « demo-quiz » n’a pas de fiche à emporter.")
                .containsPattern("(?m)^9-11 +0 0/0/0/0 +2 2/2/2/0 +0 0/0/0/0 ");
    }

    private static String run(String folder, String lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValidateQuizzesCommand.run(new String[] {"validate-quizzes", folder, "--lang", lang}, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
