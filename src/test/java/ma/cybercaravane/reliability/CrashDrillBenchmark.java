package ma.cybercaravane.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ma.cybercaravane.content.Library;
import ma.cybercaravane.content.LibraryLoader;
import ma.cybercaravane.content.Quiz;

/**
 * The crash drill at length (docs/RELIABILITY.md): the packaged app is killed with SIGKILL at a random moment while
 * a child answers in Chromium, at least 20 times, restarted each time on the same data folder; after each restart
 * every acknowledged answer must be stored exactly once. Run with {@code ./mvnw -B -DskipTests -Pcrash-drill package}.
 * Exits with status 1 when any cycle lost or duplicated an answer.
 */
public final class CrashDrillBenchmark {

    private CrashDrillBenchmark() {}

    public static void main(String[] args) throws Exception {
        int wanted = Integer.getInteger("drill.cycles", 20);
        Library library = LibraryLoader.load(Path.of("quizzes"));
        List<Quiz> quizzes = List.of("kindness-9-11", "scams-9-11", "passwords-12-14", "data-15-17", "contacts-12-14").stream()
                .map(id -> library.quiz(id).orElseThrow()).toList();
        Path data = Files.createTempDirectory("cc-crash-drill-");
        List<CrashDrill.Cycle> cycles = new ArrayList<>();
        Instant started = Instant.now();
        // Only kills that come while the child still has questions to answer count towards the wanted number.
        for (long seed = 1; cycles.stream().filter(CrashDrill.Cycle::midQuiz).count() < wanted; seed++) {
            Quiz quiz = quizzes.get((int) (seed % quizzes.size()));
            List<CrashDrill.Cycle> drill = new CrashDrill(data, seed).run(quiz.questions().size(), quiz);
            for (CrashDrill.Cycle c : drill) {
                cycles.add(c);
                System.out.printf("cycle %2d  %-16s acknowledged %2d  stored %2d  duplicates %d  %s%n", cycles.size(), quiz.id(),
                        c.acknowledged(), c.stored(), c.duplicates(), c.midQuiz() ? "killed mid-quiz" : "killed after the last answer");
            }
        }
        long bad = cycles.stream().filter(c -> c.stored() != c.acknowledged() || c.duplicates() > 0).count();
        int acknowledged = cycles.stream().mapToInt(CrashDrill.Cycle::acknowledged).max().orElse(0);
        System.out.printf("%d SIGKILL cycles (%d mid-quiz) in %d s; cycles that lost or duplicated an answer: %d (data in %s)%n",
                cycles.size(), cycles.stream().filter(CrashDrill.Cycle::midQuiz).count(), Duration.between(started, Instant.now()).toSeconds(), bad, data);
        if (bad > 0 || acknowledged == 0) System.exit(1);
    }
}
