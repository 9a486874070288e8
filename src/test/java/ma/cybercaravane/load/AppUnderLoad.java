package ma.cybercaravane.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.cybercaravane.testsupport.AppProcess;

/**
 * The app as its own process, from the build's classes (production bundle) with the test classes on the class
 * path for the bare round-trip view; its heap is read with jcmd after a full GC and its CPU time from the OS.
 */
final class AppUnderLoad implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private Process process;

    AppUnderLoad(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.port = AppProcess.freePort();
    }

    void start(String heap) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
        // -Dload.jvmArgs="-XX:StartFlightRecording=..." profiles the app where a target is missed.
        String extra = System.getProperty("load.jvmArgs", "").strip();
        if (!extra.isEmpty()) cmd.addAll(List.of(extra.split("\\s+")));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "ma.cybercaravane.CyberCaravaneApplication",
                "--server.port=" + port, "--cybercaravane.data-dir=" + dataDir.toAbsolutePath(),
                "--cybercaravane.quizzes-dir=" + Path.of("quizzes").toAbsolutePath(), "--cybercaravane.bench.bare-view=true"));
        process = AppProcess.start(cmd, dataDir.resolve("app.log").toFile(), url(), Duration.ofSeconds(180));
    }

    String url() {
        return "http://localhost:" + port + "/";
    }

    /** Live heap in bytes after a full GC (what the connected devices really keep). */
    long liveHeapAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        // G1: "garbage-first heap total ..., used 123456K"; ZGC: "ZHeap used 84M, capacity ..."
        Matcher used = Pattern.compile("used (\\d+)([KMG])").matcher(info);
        if (!used.find()) throw new IllegalStateException("unexpected jcmd GC.heap_info output: " + info);
        long unit = switch (used.group(2)) {
            case "K" -> 1L << 10;
            case "M" -> 1L << 20;
            default -> 1L << 30;
        };
        return Long.parseLong(used.group(1)) * unit;
    }

    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("CPU time not readable here"));
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("jcmd " + command + " failed: " + out);
        return out;
    }

    /** A clean stop (SIGTERM), so the database file can be read afterwards. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
