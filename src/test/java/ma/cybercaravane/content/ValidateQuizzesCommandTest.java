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

/** The command authors and CI run: the real library is valid; a broken file gives file:line and status 1. */
class ValidateQuizzesCommandTest {

    @TempDir
    Path folder;

    @Test
    void theWholeQuizzesFolderIsValidAndItsCoverageIsPrinted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ValidateQuizzesCommand.run(new String[] {"validate-quizzes", "quizzes"}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).as(printed).doesNotContain(".yaml:").doesNotContain(".md:");
        assertThat(status).isZero();
        assertThat(printed).contains("Coverage:").contains("9-11").contains("SCAMS").containsPattern("OK: \\d+ quizzes valid");
    }

    @Test
    void aBrokenFileGivesItsLineAndStatusOneInTheChosenLanguage() throws IOException {
        Files.createDirectories(folder.resolve("6-8"));
        Files.writeString(folder.resolve("6-8/bad.yaml"), QuizValidationTest.VALID.replace("topic: SCAMS", "topic: WEATHER"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ValidateQuizzesCommand.run(new String[] {"validate-quizzes", folder.toString(), "--lang", "fr"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("6-8/bad.yaml:4: Thème inconnu « WEATHER »").contains("ÉCHEC : 1 problème(s)");
    }
}
