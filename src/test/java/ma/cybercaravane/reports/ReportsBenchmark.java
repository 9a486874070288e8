package ma.cybercaravane.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import ma.cybercaravane.CyberCaravaneApplication;
import ma.cybercaravane.accounts.Role;
import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.shared.Language;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports benchmark (issue 5 §3), one run: a national dataset of 1,000,000 answers in an H2 file database (made
 * once, kept in {@code target/reports-bench}), the running totals built from scratch, every dashboard query for several
 * scopes and filters, the national workbook export, a bare SXSSF loop writing as many cells (the floor), and the CSV.
 * Run it with -Xmx256m (the Maven profile does): see docs/BENCHMARKS.md. Not a test: it never runs in verify.
 */
public final class ReportsBenchmark {

    private static final long ANSWERS = Long.getLong("bench.answers", 1_000_000);
    private static final StringBuilder report = new StringBuilder();

    private ReportsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "target/reports-bench")).toAbsolutePath();
        boolean fresh = Boolean.getBoolean("bench.regenerate") || !Files.exists(dir.resolve("bench.mv.db"));
        if (fresh && Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
        }
        Files.createDirectories(dir);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CyberCaravaneApplication.class)
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("bench") + ";WRITE_DELAY=0",
                        "--cybercaravane.quizzes-dir=" + System.getProperty("quizzes.dir", "quizzes"),
                        "--cybercaravane.data-dir=" + dir, "--logging.level.root=warn");
        try {
            run(app, dir, fresh);
        } finally {
            app.close();
        }
        Files.writeString(dir.resolve("results.md"), report);
        System.out.println("\nWritten to " + dir.resolve("results.md"));
    }

    private static void run(ConfigurableApplicationContext app, Path dir, boolean fresh) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        FactRefresher refresher = app.getBean(FactRefresher.class);
        ReportQueries queries = app.getBean(ReportQueries.class);
        RegionalWorkbook workbook = app.getBean(RegionalWorkbook.class);
        RawCsv csv = app.getBean(RawCsv.class);

        line("# Reports benchmark");
        line("");
        line("- date: " + OffsetDateTime.now().withNano(0));
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " cores (nproc), " + cpu() + ", "
                + memory() + " RAM");
        line("- load average at start (other work on the machine): " + loadAverage());
        line("- JDK: " + System.getProperty("java.vm.name") + " " + Runtime.version() + ", max heap (-Xmx) "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        if (fresh) {
            long t0 = System.nanoTime();
            int sessions = new BenchDataset(jdbc, tx, app.getBean(ContentService.class)).generate(ANSWERS, 600);
            line("- dataset generated in " + ms(t0) + " ms (" + sessions + " caravan sessions)");
        }
        line("- dataset: " + count(jdbc, "answer") + " answers, " + count(jdbc, "participant") + " participants, "
                + count(jdbc, "caravan_session") + " sessions, " + count(jdbc, "hand_count") + " show-of-hands counts, "
                + count(jdbc, "help_request") + " help requests, 12 regions, bands "
                + jdbc.queryForList("select distinct age_band from participant order by age_band", String.class));
        line("");

        refresher.refresh(); // waits for the refresh the application starts with
        long t0 = System.nanoTime();
        refresher.rebuild();
        line("## Running totals");
        line("");
        line("| step | time |");
        line("|---|---|");
        line("| build from scratch (once per database, in the background at start) | " + ms(t0) + " ms |");
        line("| facts: " + count(jdbc, "report_item_fact") + " item rows, " + count(jdbc, "report_choice_fact")
                + " choice rows, " + count(jdbc, "report_participant_fact") + " participation rows | |");
        t0 = System.nanoTime();
        refresher.refresh(true);
        line("| refresh with nothing new (before every report) | " + ms(t0) + " ms |");
        line("");
        queries(jdbc, queries);
        exports(dir, workbook, csv);
        liveSession(app, jdbc, refresher);
    }

    /** A live session goes on while the totals are up to date: 30 children answer; the next refresh folds them in. */
    private static void liveSession(ConfigurableApplicationContext app, JdbcTemplate jdbc, FactRefresher refresher) {
        UUID session = jdbc.queryForObject("select id from caravan_session order by starts_at desc limit 1", UUID.class);
        String quiz = jdbc.queryForObject("select quiz_id from session_quiz where session_id = ?", String.class, session);
        ReportTestData data = new ReportTestData(jdbc, app.getBean(ContentService.class));
        var q = data.quiz(quiz);
        List<UUID> children = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID p = data.participant(session, quiz, q.band().code(), "ar", 1, "Bench " + i, OffsetDateTime.now());
            children.add(p);
            for (var question : q.questions()) data.answer(p, session, quiz, question.id(), 0, i % 2 == 0, OffsetDateTime.now());
        }
        long t0 = System.nanoTime();
        refresher.refresh();
        line("");
        line("Live session: the refresh after 30 children answered " + q.questions().size()
                + " questions each (what a dashboard opened during a session pays first) took **" + ms(t0) + " ms**.");
        // Leave the dataset as it was for the next run.
        for (UUID p : children) {
            jdbc.update("delete from answer where participant_id = ?", p);
            jdbc.update("delete from participant where id = ?", p);
        }
    }

    private static void queries(JdbcTemplate jdbc, ReportQueries queries) {
        Scope admin = new Scope(UUID.randomUUID(), Role.ADMIN, null);
        Scope coordinator = new Scope(UUID.randomUUID(), Role.COORDINATOR, "06");
        UUID facilitatorId = jdbc.queryForObject("select facilitator_id from caravan_session where region_code = '06' "
                + "group by facilitator_id order by count(*) desc limit 1", UUID.class);
        Scope facilitator = new Scope(facilitatorId, Role.FACILITATOR, "06");
        String quiz = jdbc.queryForObject("select quiz_id from participant group by quiz_id order by count(*) desc limit 1", String.class);
        Map<String, Object[]> variants = new LinkedHashMap<>();
        variants.put("admin, national", new Object[] {admin, ReportFilter.all()});
        variants.put("admin, year 2025", new Object[] {admin, ReportFilter.all().withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))});
        variants.put("admin, band 9-11", new Object[] {admin, ReportFilter.all().withAgeBand("9-11")});
        variants.put("admin, topic SCAMS", new Object[] {admin, ReportFilter.all().withTopic("SCAMS")});
        variants.put("admin, practice only", new Object[] {admin, ReportFilter.all().withKind(ReportFilter.SessionKind.PRACTICE)});
        variants.put("admin, region 09 + quiz", new Object[] {admin, ReportFilter.all().withRegion("09").withQuiz(quiz)});
        variants.put("coordinator 06", new Object[] {coordinator, ReportFilter.all()});
        variants.put("facilitator", new Object[] {facilitator, ReportFilter.all()});

        Map<String, java.util.function.BiFunction<Scope, ReportFilter, Object>> all = new LinkedHashMap<>();
        all.put("participation by region (+ scores, help)", (s, f) -> queries.regions(s, f, Language.FR));
        all.put("topic x age band", queries::heat);
        all.put("most-missed questions + wrong answers", (s, f) -> queries.questions(s, f, Language.FR, DashboardService.MISSED));
        all.put("trend per month", queries::months);
        all.put("knowledge gain", (s, f) -> queries.gains(s, f, Language.FR));
        all.put("counts per mode", queries::modes);
        all.put("sessions list (workbook)", (s, f) -> queries.sessions(s, f, Language.FR, null));

        // Warm-up with other periods (the server has been running): each measured call below has its own parameters,
        // so H2 cannot answer it from its cache of the previous result.
        for (int i = 0; i < 3; i++) {
            ReportFilter warm = ReportFilter.all().withPeriod(LocalDate.of(2024, 1, 1).plusDays(i), LocalDate.of(2025, 6, 30).minusDays(i));
            all.values().forEach(query -> query.apply(admin, warm));
        }
        line("## Dashboard queries on H2 (target < 300 ms each)");
        line("");
        StringBuilder header = new StringBuilder("| query |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String v : variants.keySet()) { header.append(' ').append(v).append(" |"); rule.append("---|"); }
        line(header.append(" max |").toString());
        line(rule.append("---|").toString());
        long[] dashboard = new long[variants.size()];
        for (var query : all.entrySet()) {
            StringBuilder row = new StringBuilder("| " + query.getKey() + " |");
            long max = 0;
            int i = 0;
            for (Object[] v : variants.values()) {
                long t0 = System.nanoTime();
                query.getValue().apply((Scope) v[0], (ReportFilter) v[1]);
                long ms = ms(t0);
                if (!query.getKey().contains("workbook")) dashboard[i] += ms;
                i++;
                max = Math.max(max, ms);
                row.append(' ').append(ms).append(" |");
            }
            line(row.append(" **").append(max).append("** |").toString());
        }
        StringBuilder total = new StringBuilder("| whole dashboard (all of the above but the sessions list) |");
        for (long ms : dashboard) total.append(' ').append(ms).append(" |");
        line(total.append(" |").toString());
        line("");
    }

    private static void exports(Path dir, RegionalWorkbook workbook, RawCsv csv) throws IOException {
        Scope admin = new Scope(UUID.randomUUID(), Role.ADMIN, null);
        line("## Exports (national, all filters open; target: workbook <= 1.5 x bare loop, heap <= 256 MB)");
        line("");
        line("| export | time | cells / rows | file | peak heap used (sampled every 5 ms) | heap after GCs (max) | GCs |");
        line("|---|---|---|---|---|---|---|");
        Path xlsx = dir.resolve("national.xlsx");
        long[] cells = {0};
        Result wb = measure(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xlsx))) {
                cells[0] = workbook.write(admin, ReportFilter.all(), Language.FR, out, (d, t) -> { });
            }
            return cells[0];
        });
        line(wb.row("national workbook (XLSX, 7 sheets, chart)", cells[0] + " cells", Files.size(xlsx)));
        Path bare = dir.resolve("bare.xlsx");
        Result floor = measure(() -> bareLoop(bare, cells[0]));
        line(floor.row("bare SXSSF loop, same number of cells (the floor)", cells[0] + " cells", Files.size(bare)));
        Path csvFile = dir.resolve("answers.csv");
        long[] rows = {0};
        Result c = measure(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csvFile))) {
                rows[0] = csv.write(admin, ReportFilter.all(), Language.FR, out, (d, t) -> { });
            }
            return rows[0];
        });
        line(c.row("raw answers (CSV)", rows[0] + " rows", Files.size(csvFile)));
        line("");
        // The heap after young collections still holds old garbage: the live data is measured apart, with a full
        // collection every second while the same export runs again.
        long live = liveHeap(() -> {
            try (OutputStream out = OutputStream.nullOutputStream()) {
                return workbook.write(admin, ReportFilter.all(), Language.FR, out, (d, t) -> { });
            }
        });
        long idle = liveHeap(() -> 0);
        line("");
        line("- live heap during the national workbook export (full GC every second, second run): **" + live + " MB**, of which "
                + idle + " MB is the application at rest (Spring, Vaadin, H2 cache)");
        line("- load average at the end: " + loadAverage());
        line(String.format(Locale.ROOT, "Workbook / bare loop: **%.2f x** (target <= 1.5). Heap: the JVM ran with -Xmx%d m; live data peaked at %d MB (target <= 256).",
                (double) wb.ms / floor.ms, Runtime.getRuntime().maxMemory() >> 20, live));
    }

    /** The floor: the same number of cells in rows of the raw answers' shape (texts, numbers, dates), nothing else. */
    private static long bareLoop(Path file, long cells) throws IOException {
        String[] texts = {"Casablanca-Settat", "École 3 Casablanca", "Casablanca", "Renard 417", "Seul", "9 à 11 ans", "ar",
                "scams-9-11", "prize-message", "Arnaques et fausses nouvelles", "show-adult", "Session caravane"};
        String[] ids = new String[1000];
        for (int i = 0; i < ids.length; i++) ids[i] = UUID.randomUUID().toString();
        int columns = RawColumns.KEYS.length;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, false);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            SXSSFSheet sheet = wb.createSheet("bare");
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            java.time.LocalDateTime when = java.time.LocalDateTime.of(2025, 3, 1, 10, 0);
            long written = 0;
            for (int r = 0; written < cells; r++) {
                Row row = sheet.createRow(r);
                for (int col = 0; col < columns && written < cells; col++, written++) {
                    Cell cell = row.createCell(col);
                    switch (col) {
                        case 2, 21 -> { cell.setCellValue(when.plusMinutes(r)); cell.setCellStyle(dateStyle); }
                        case 10, 12, 14, 16, 18, 19 -> cell.setCellValue(r % 7);
                        case 20 -> cell.setCellValue(r % 1000 / 10.0);
                        case 5 -> cell.setCellValue(ids[r % ids.length]);
                        default -> cell.setCellValue(texts[(r + col) % texts.length]);
                    }
                }
            }
            wb.write(out);
            return written;
        }
    }

    private interface Job {
        long run() throws IOException;
    }

    private record Result(long ms, long sampledMb, long liveMb, long gcs) {
        String row(String what, String size, long bytes) {
            return "| " + what + " | " + ms + " ms | " + size + " | " + bytes / (1 << 20) + " MB | " + sampledMb + " MB | "
                    + liveMb + " MB | " + gcs + " |";
        }
    }

    /** Runs a job while watching the heap: sampled used heap, and the heap left after each GC (the live data). */
    private static Result measure(Job job) throws IOException {
        System.gc();
        AtomicLong sampled = new AtomicLong();
        AtomicLong live = new AtomicLong();
        AtomicLong gcs = new AtomicLong();
        var memory = ManagementFactory.getMemoryMXBean();
        List<Runnable> stop = new ArrayList<>();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) gc;
            javax.management.NotificationListener l = (n, h) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPool(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                live.accumulateAndGet(after, Math::max);
                gcs.incrementAndGet();
            };
            emitter.addNotificationListener(l, null, null);
            stop.add(() -> {
                try {
                    emitter.removeNotificationListener(l);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            });
        }
        Thread sampler = every(5, () -> sampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max));
        long t0 = System.nanoTime();
        job.run();
        long ms = ms(t0);
        sampler.interrupt();
        stop.forEach(Runnable::run);
        return new Result(ms, sampled.get() >> 20, live.get() >> 20, gcs.get());
    }

    /** The largest heap in use right after a full collection, forced every second while the job runs. */
    private static long liveHeap(Job job) throws IOException {
        var memory = ManagementFactory.getMemoryMXBean();
        AtomicLong max = new AtomicLong();
        Runnable probe = () -> {
            memory.gc();
            max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        };
        Thread prober = every(1000, probe);
        job.run();
        prober.interrupt();
        probe.run();
        return max.get() >> 20;
    }

    /** A daemon thread doing {@code task} every {@code ms} milliseconds until interrupted. */
    private static Thread every(long ms, Runnable task) {
        return Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                task.run();
                try {
                    Thread.sleep(ms);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private static boolean heapPool(String name) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(name) && p.getType() == MemoryType.HEAP);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

    private static String cpu() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memory() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return Math.round(os.getTotalMemorySize() / (double) (1L << 30)) + " GB";
    }
}
