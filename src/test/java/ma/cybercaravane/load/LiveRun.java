package ma.cybercaravane.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.testsupport.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One live session with N phones on a freshly started app: the facilitator (Chromium) opens the session, the
 * phones (Java {@link BrowserTab}s) join over a ramp and answer every question, the facilitator reveals each
 * question once every phone has answered. In the same run, N more tabs click the bare view with the same think
 * times while the session goes on: the framework floor under the same load, garbage collections and all.
 */
final class LiveRun {

    record Result(int children, int joined, Stats answers, Stats bare, Stats events, Stats arrivals, List<Long> allDevices,
                  int sent, int acknowledged, int late, int stored, int duplicates, int errors, List<String> errorSamples,
                  long heapPerChild, double appCpuPercent, double clientCpuPercent, long kbPerChild) {}

    private final int children;
    private final Quiz quiz;
    private final UUID sessionId;
    private final Path dataDir;
    private final TestAccounts.Account facilitator;
    private final Browser browser;
    private final Stats answers = new Stats();
    private final Stats bare = new Stats();
    private final Stats events = new Stats();
    private final Stats arrivals = new Stats();
    private final Map<String, Long> questionShown = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastArrival = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> settled = new ConcurrentHashMap<>();
    private final AtomicInteger joined = new AtomicInteger();
    private final AtomicInteger bareReady = new AtomicInteger();
    private final CountDownLatch bareGo = new CountDownLatch(1);
    private final AtomicInteger left = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger late = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final List<String> errorSamples = new ArrayList<>();
    private HttpClient http;
    private URI base;
    private String code;

    LiveRun(int children, Quiz quiz, UUID sessionId, Path dataDir, TestAccounts.Account facilitator, Browser browser) {
        this.children = children;
        this.quiz = quiz;
        this.sessionId = sessionId;
        this.dataDir = dataDir;
        this.facilitator = facilitator;
        this.browser = browser;
    }

    Result run() throws Exception {
        ExecutorService devices = Executors.newVirtualThreadPerTaskExecutor();
        try (AppUnderLoad app = new AppUnderLoad(dataDir)) {
            app.start(LiveLoadBenchmark.APP_HEAP);
            base = URI.create(app.url());
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30))
                    .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            Page console = signIn(app.url());
            console.navigate(app.url() + "sessions/" + sessionId + "/run");
            console.click("#open-session");
            code = console.locator("#join-code").textContent().strip();
            // A hall scans the QR code over half a minute (less for small groups). The bare tabs come first, so
            // the heap measured around the phones' arrival is the phones' own.
            long rampMs = Math.min(30_000, children * 100L);
            for (int i = 0; i < children; i++) devices.submit(bareTab(i, rampMs * i / children));
            waitUntil(() -> bareReady.get() + errors.get() >= children, Duration.ofSeconds(60 + rampMs / 1000 * 3));
            long heapBefore = app.liveHeapAfterFullGc();
            for (int i = 0; i < children; i++) devices.submit(new ChildDevice(this, i, rampMs * i / children));
            waitUntil(() -> joined.get() + errors.get() >= children, Duration.ofSeconds(60 + rampMs / 1000 * 3));

            Duration appCpu0 = app.cpuTime();
            Duration clientCpu0 = clientCpu();
            long wall0 = System.nanoTime();
            bareGo.countDown();
            for (Question q : quiz.questions()) {
                questionShown.put(q.id(), System.nanoTime());
                console.click("#live-next");
                AtomicInteger done = settled.computeIfAbsent(q.id(), k -> new AtomicInteger());
                waitUntil(() -> done.get() >= joined.get() - errors.get(), Duration.ofSeconds(30));
                console.click("#live-reveal");
                Thread.sleep(3000); // the explanation is read together
            }
            double wall = (System.nanoTime() - wall0) / 1e9;
            double appCpu = app.cpuTime().minus(appCpu0).toNanos() / 1e9 / wall / Runtime.getRuntime().availableProcessors() * 100;
            double clientCpu = clientCpu().minus(clientCpu0).toNanos() / 1e9 / wall / Runtime.getRuntime().availableProcessors() * 100;
            long heapDuring = app.liveHeapAfterFullGc();
            int connected = joined.get();

            console.click("#live-next");
            console.click("#close-session");
            console.click("#close-confirm");
            console.locator("#session-summary").waitFor();
            devices.shutdown();
            if (!devices.awaitTermination(120, TimeUnit.SECONDS)) error(new IllegalStateException("phones still busy 120 s after the end"));

            app.stop();
            JdbcTemplate jdbc = LiveLoadBenchmark.database(dataDir);
            int stored = jdbc.queryForObject("select count(*) from answer where session_id = ?", Integer.class, sessionId);
            int duplicates = jdbc.queryForObject("select coalesce(sum(n - 1), 0) from (select count(*) n from answer where session_id = ? "
                    + "group by participant_id, question_id) d", Integer.class, sessionId);
            List<Long> allDevices = quiz.questions().stream()
                    .map(q -> lastArrival.getOrDefault(q.id(), new AtomicLong()).get() - questionShown.get(q.id())).toList();
            long heapPerChild = connected == 0 ? 0 : (heapDuring - heapBefore) / connected;
            return new Result(children, connected, answers, bare, events, arrivals, allDevices, sent.get(), acknowledged.get(), late.get(),
                    stored, duplicates, errors.get(), List.copyOf(errorSamples), heapPerChild, appCpu, clientCpu,
                    connected == 0 ? 0 : bytes.get() / Math.max(1, left.get()) / 1024);
        } finally {
            bareGo.countDown();
            devices.shutdownNow(); // after a failure, nothing waits for phones that will never be served
        }
    }

    /** A tab on the view that does nothing but count, clicking as often as a phone answers, during the session. */
    private Runnable bareTab(int index, long startDelayMs) {
        return () -> {
            Random random = new Random(-index - 1);
            BrowserTab tab = null;
            try {
                Thread.sleep(startDelayMs);
                BrowserTab opened = tab = new BrowserTab(http, base, "fr");
                tab.open("bare", "");
                if (!tab.waitFor(() -> opened.has("bare-button"), Duration.ofSeconds(60))) throw new IllegalStateException("no bare view");
                bareReady.incrementAndGet();
                bareGo.await();
                for (int n = 0; n < quiz.questions().size(); n++) {
                    Thread.sleep(3000 + random.nextInt(6000));
                    bare.add(tab.click("bare-button").nanos());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                error(e);
            } finally {
                if (tab != null) tab.close();
            }
        };
    }

    private Page signIn(String url) {
        Page p = browser.newContext().newPage();
        p.setDefaultTimeout(60_000);
        p.navigate(url + "login");
        p.fill("#vaadinLoginUsername input", facilitator.username());
        p.fill("#vaadinLoginPassword input", "secret-password");
        p.press("#vaadinLoginPassword input", "Enter");
        p.waitForURL("**/organizer");
        return p;
    }

    private static Duration clientCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) Thread.sleep(50);
    }

    // Called by the phones.

    HttpClient http() { return http; }
    URI base() { return base; }
    String code() { return code; }
    Quiz quiz() { return quiz; }
    Stats events() { return events; }

    void joined() {
        joined.incrementAndGet();
    }

    void arrived(String questionId, Long at) {
        Long shown = questionShown.get(questionId);
        if (at == null || shown == null) return;
        arrivals.add(at - shown);
        lastArrival.computeIfAbsent(questionId, k -> new AtomicLong()).accumulateAndGet(at, Math::max);
    }

    void sent() {
        sent.incrementAndGet();
    }

    void acknowledged(String questionId, long nanos) {
        answers.add(nanos);
        acknowledged.incrementAndGet();
        settled.computeIfAbsent(questionId, k -> new AtomicInteger()).incrementAndGet();
    }

    void late(String questionId) {
        late.incrementAndGet();
        settled.computeIfAbsent(questionId, k -> new AtomicInteger()).incrementAndGet();
    }

    void left(long bytesReceived) {
        bytes.addAndGet(bytesReceived);
        left.incrementAndGet();
    }

    void error(Exception e) {
        errors.incrementAndGet();
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String detail = cause instanceof java.net.http.WebSocketHandshakeException h
                ? "push handshake refused: HTTP " + h.getResponse().statusCode() : cause.toString();
        synchronized (errorSamples) {
            if (errorSamples.size() < 5) errorSamples.add(detail);
        }
    }
}
