package ma.cybercaravane.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import ma.cybercaravane.content.LibraryLoader;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.sessions.PlannedSessions;
import ma.cybercaravane.testsupport.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The live session under load (docs/BENCHMARKS.md): for each N in {@code -Dload.children} (default 50,150,300), a
 * fresh app process runs one live session with N phones and then the bare round trip with N tabs. Run with
 * {@code ./mvnw -B -DskipTests -Plive-load package}; prints one line per N and writes target/live-load.md.
 * Exits with status 1 when an acknowledged answer is missing or stored twice.
 */
public final class LiveLoadBenchmark {

    static final String APP_HEAP = System.getProperty("load.heap", "1g");

    private LiveLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("load.children", "50,150,300").split(",")).map(String::strip).map(Integer::valueOf).toList();
        Quiz quiz = LibraryLoader.load(Path.of("quizzes")).quiz(System.getProperty("load.quiz", "scams-9-11")).orElseThrow();
        Setup setup = prepare(quiz, sizes);
        List<LiveRun.Result> results = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = chromium(playwright)) {
            for (int n : sizes) {
                System.out.printf("%n--- %d phones, quiz %s (%d questions) ---%n", n, quiz.id(), quiz.questions().size());
                LiveRun.Result r = new LiveRun(n, quiz, setup.sessions().get(n), setup.data(), setup.facilitator(), browser).run();
                results.add(r);
                print(r);
            }
        }
        String report = report(quiz, results);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "live-load.md"), report);
        System.out.println();
        System.out.println(report);
        boolean lost = results.stream().anyMatch(r -> r.stored() != r.acknowledged() || r.duplicates() > 0);
        if (lost) System.exit(1);
    }

    /** A data folder with the schema, a facilitator of Souss-Massa and one planned live session per group size. */
    record Setup(Path data, TestAccounts.Account facilitator, Map<Integer, UUID> sessions) {}

    static Setup prepare(Quiz quiz, List<Integer> sizes) throws Exception {
        Path data = Files.createTempDirectory("cc-live-load-");
        try (AppUnderLoad first = new AppUnderLoad(data)) {
            first.start(APP_HEAP); // creates the schema and the installation
        }
        JdbcTemplate jdbc = database(data);
        TestAccounts.Account facilitator = new TestAccounts(jdbc).create("FACILITATOR", "09");
        Map<Integer, UUID> sessions = new LinkedHashMap<>();
        for (int n : sizes) sessions.put(n, new PlannedSessions(jdbc).create(PlannedSessions.Plan.live("09", facilitator.id(), quiz.id())));
        return new Setup(data, facilitator, sessions);
    }

    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking")));
    }

    static JdbcTemplate database(Path data) {
        return new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:file:" + data.toAbsolutePath().resolve("cybercaravane"), "sa", ""));
    }

    private static void print(LiveRun.Result r) {
        System.out.printf("joined %d/%d; answer ack %s%n", r.joined(), r.children(), r.answers().summary());
        System.out.printf("bare round trip %s%n", r.bare().summary());
        System.out.printf("other events (join steps, choice toggles) %s%n", r.events().summary());
        System.out.printf("question reaches a phone %s; reaches all phones (per question, ms) %s%n", r.arrivals().summary(),
                r.allDevices().stream().map(n -> String.valueOf(n / 1_000_000)).toList());
        System.out.printf("answers sent %d, acknowledged %d, late %d, stored %d, duplicates %d; errors %d %s%n", r.sent(), r.acknowledged(),
                r.late(), r.stored(), r.duplicates(), r.errors(), r.errorSamples());
        System.out.printf("live heap per connected phone %d KB; app CPU %.0f %% of the machine, load client %.0f %%; %d KB received per phone%n",
                r.heapPerChild() / 1024, r.appCpuPercent(), r.clientCpuPercent(), r.kbPerChild());
    }

    private static String report(Quiz quiz, List<LiveRun.Result> results) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("Machine: ").append(machine()).append("; ").append(LocalDate.now()).append("; quiz ").append(quiz.id())
                .append(" (").append(quiz.questions().size()).append(" questions), app heap -Xmx").append(APP_HEAP).append("\n\n");
        s.append("| phones | answer ack p50 / p95 / p99 (ms) | bare round trip p50 / p95 / p99 (ms) | p95 ratio | question to all phones, worst (ms) "
                + "| errors | sent / acknowledged / stored / duplicates | live heap per phone | app CPU | load client CPU | received per phone |\n");
        s.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (LiveRun.Result r : results) {
            s.append("| %d (%d joined) | %.0f / %.0f / %.0f | %.0f / %.0f / %.0f | %.2f | %d | %d | %d / %d / %d / %d | %d KB | %.0f %% | %.0f %% | %d KB |\n".formatted(
                    r.children(), r.joined(), r.answers().percentile(50), r.answers().percentile(95), r.answers().percentile(99),
                    r.bare().percentile(50), r.bare().percentile(95), r.bare().percentile(99), r.answers().percentile(95) / r.bare().percentile(95),
                    r.allDevices().stream().mapToLong(Long::longValue).max().orElse(0) / 1_000_000, r.errors(),
                    r.sent(), r.acknowledged(), r.stored(), r.duplicates(), r.heapPerChild() / 1024, r.appCpuPercent(), r.clientCpuPercent(), r.kbPerChild()));
        }
        return s.toString();
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        return "%s, %d cores, %d GB RAM, Java %s, %s %s".formatted(cpu, Runtime.getRuntime().availableProcessors(), memKb / 1024 / 1024,
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.version"));
    }
}
