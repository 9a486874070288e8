package ma.cybercaravane.reliability;

import java.nio.file.Path;
import java.util.List;

import ma.cybercaravane.content.LibraryLoader;
import ma.cybercaravane.content.Quiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGKILL the packaged app while a child answers, restart on the same data: acknowledged answers are all there, once. */
class CrashRecoveryIT {

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedAnswerSurvivesKillsExactlyOnce() throws Exception {
        Quiz quiz = LibraryLoader.load(Path.of("quizzes")).quiz("kindness-9-11").orElseThrow();
        List<CrashDrill.Cycle> cycles = new CrashDrill(data, 42).run(3, quiz);
        System.out.println("Crash drill cycles (acknowledged, stored, duplicates): " + cycles);

        assertThat(cycles).isNotEmpty().allSatisfy(c -> {
            assertThat(c.stored()).as("acknowledged answers present after SIGKILL").isEqualTo(c.acknowledged());
            assertThat(c.duplicates()).as("no answer stored twice").isZero();
        });
        assertThat(cycles.getLast().acknowledged()).isPositive();
    }
}
