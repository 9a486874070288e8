package ma.cybercaravane.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored answers point at quiz id + version: a changed quiz must carry a new version, never re-point old answers. */
@SpringBootTest
@ActiveProfiles("test")
class QuizVersionRegistryTest {

    @TempDir
    Path root;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aQuizEditedWithoutAVersionBumpIsRefusedAndABumpedOneIsAccepted() throws IOException {
        String original = QuizValidationTest.VALID.replace("demo-quiz", "registry-quiz");
        write(original);
        ContentService content = new ContentService(root, jdbc, tx);
        assertThat(content.quiz("registry-quiz")).isPresent();

        // Translation fixes are fine: the French reference, ids and answers are unchanged.
        write(original.replace("\"I click\"", "\"I click the link\""));
        assertThat(content.reload().quiz("registry-quiz")).isPresent();

        // Changing which answer is right, without a new version: refused, loudly.
        String changed = original.replace("        correct: true\n", "").replace("- id: click\n", "- id: click\n        correct: true\n");
        write(changed);
        Library refused = content.reload();
        assertThat(refused.quiz("registry-quiz")).isEmpty();
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.key()).isEqualTo("content.problem.versionChanged"));

        write(changed.replace("version: 1", "version: 2"));
        assertThat(content.reload().quiz("registry-quiz")).hasValueSatisfying(q -> assertThat(q.version()).isEqualTo(2));
        assertThat(jdbc.queryForList("select correct_choices from quiz_question where quiz_id = 'registry-quiz' and question_id = 'prize' order by version",
                String.class)).containsExactly("adult", "click");
    }

    private void write(String yaml) throws IOException {
        Files.createDirectories(root.resolve("9-11"));
        Files.writeString(root.resolve("9-11/quiz.yaml"), yaml);
    }
}
