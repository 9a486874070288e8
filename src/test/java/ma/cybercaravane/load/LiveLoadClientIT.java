package ma.cybercaravane.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import ma.cybercaravane.content.LibraryLoader;
import ma.cybercaravane.content.Quiz;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live load benchmark's client keeps speaking the app's protocol: three phones (Java tabs, no browser) join a
 * live session run by a facilitator in Chromium, answer all ten questions, and every answer is acknowledged and
 * stored once; three bare tabs click meanwhile. If a screen id or the protocol changes, this fails before a
 * benchmark run does. (An IT: the app process runs the production bundle built by the package phase.)
 */
class LiveLoadClientIT {

    @Test
    void threePhonesPlayAWholeLiveSessionOverTheProtocol() throws Exception {
        Quiz quiz = LibraryLoader.load(Path.of("quizzes")).quiz("scams-9-11").orElseThrow();
        LiveLoadBenchmark.Setup setup = LiveLoadBenchmark.prepare(quiz, List.of(3));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = LiveLoadBenchmark.chromium(playwright)) {
            LiveRun.Result r = new LiveRun(3, quiz, setup.sessions().get(3), setup.data(), setup.facilitator(), browser).run();

            assertThat(r.errorSamples()).isEmpty();
            assertThat(r.joined()).isEqualTo(3);
            int answers = 3 * quiz.questions().size();
            assertThat(r.sent()).isEqualTo(answers);
            assertThat(r.acknowledged()).isEqualTo(answers);
            assertThat(r.stored()).as("stored in the database").isEqualTo(answers);
            assertThat(r.duplicates()).isZero();
            assertThat(r.answers().count()).isEqualTo(answers);
            assertThat(r.arrivals().count()).as("every question reached every phone by push").isEqualTo(answers);
            assertThat(r.bare().count()).isEqualTo(answers);
            assertThat(r.heapPerChild()).isNotZero();
        }
    }
}
