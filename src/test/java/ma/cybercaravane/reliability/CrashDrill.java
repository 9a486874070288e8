package ma.cybercaravane.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.QuestionKind;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.shared.Tokens;

/**
 * Children answer in a real browser while the packaged app is killed with SIGKILL at a random moment; the app is
 * restarted on the same data folder. Every answer whose feedback the child saw (the acknowledgement) must be in
 * the database exactly once, and the device resumes at the next question.
 */
final class CrashDrill {

    /** {@code midQuiz}: the kill came while the child still had questions to answer (the cycles that count). */
    record Cycle(int acknowledged, int stored, int duplicates, boolean midQuiz) {}

    private final Path dataDir;
    private final Random random;
    private final Set<String> acknowledged = new LinkedHashSet<>();
    private boolean finished;
    private volatile int acknowledgedAtKill;

    CrashDrill(Path dataDir, long seed) {
        this.dataDir = dataDir;
        this.random = new Random(seed);
    }

    List<Cycle> run(int cycles, Quiz quiz) throws Exception {
        String quizId = quiz.id();
        List<Cycle> results = new java.util.ArrayList<>();
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        String playPath = null;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"))).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            for (int cycle = 0; cycle < cycles && !finished; cycle++) {
                if (acknowledged.size() >= quiz.questions().size()) break;
                acknowledgedAtKill = -1;
                try (PackagedApp app = new PackagedApp(dataDir)) {
                    app.start();
                    Page page = browser.newPage();
                    page.setDefaultTimeout(10_000);
                    if (playPath == null) {
                        page.navigate(app.url("start?lang=fr&band=" + quiz.band().code() + "&quiz=" + quizId));
                        page.click("#start-button");
                        page.waitForURL("**/play/**");
                        playPath = page.url().substring(page.url().indexOf("play/"));
                    } else {
                        page.navigate(app.url(playPath)); // the device comes back to its address: resume
                    }
                    // The kill comes at a random moment while the child is answering.
                    killer.schedule(() -> {
                        acknowledgedAtKill = acknowledged.size();
                        app.kill();
                    }, 300 + random.nextInt(2500), TimeUnit.MILLISECONDS);
                    try {
                        while (!page.url().contains("/result/")) {
                            // An answer stored just before a kill was never acknowledged: the page says which question is next.
                            String questionId = page.locator("#question-text").getAttribute("data-question-id");
                            Question q = quiz.question(questionId).orElseThrow();
                            page.waitForTimeout(200 + random.nextInt(600)); // a child reads before tapping: kills land mid-quiz
                            q.correctChoiceIds().forEach(c -> page.click("#choice-" + c));
                            if (q.kind() == QuestionKind.MULTIPLE) page.click("#validate-button");
                            page.locator("#verdict").waitFor();
                            acknowledged.add(questionId);
                            page.click("#next-button");
                            page.waitForFunction("() => document.querySelector('#question-text') || location.pathname.includes('/result/')");
                        }
                        finished = true;
                    } catch (PlaywrightException killed) {
                        // the app died under the child's finger: what was acknowledged must survive
                    }
                    app.kill();
                    page.close();
                }
                results.add(check(quizId, playPath, acknowledgedAtKill >= 0 && acknowledgedAtKill < quiz.questions().size()));
            }
        } finally {
            killer.shutdownNow();
        }
        return results;
    }

    private Cycle check(String quizId, String playPath, boolean midQuiz) throws SQLException {
        String token = playPath.substring("play/".length());
        Map<String, Integer> perQuestion = new HashMap<>();
        try (Connection c = DriverManager.getConnection(PackagedApp.jdbcUrl(dataDir), "sa", "");
             PreparedStatement s = c.prepareStatement("select a.question_id from answer a join participant p on p.id = a.participant_id "
                     + "where p.token_hash = ? and a.quiz_id = ?")) {
            s.setString(1, Tokens.hash(token));
            s.setString(2, quizId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) perQuestion.merge(rs.getString(1), 1, Integer::sum);
            }
        }
        int duplicates = perQuestion.values().stream().mapToInt(n -> n - 1).sum();
        int storedAcknowledged = (int) acknowledged.stream().filter(perQuestion::containsKey).count();
        return new Cycle(acknowledged.size(), storedAcknowledged, duplicates, midQuiz);
    }
}
