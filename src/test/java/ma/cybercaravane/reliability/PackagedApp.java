package ma.cybercaravane.reliability;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The packaged jar (target/cybercaravane.jar) started as a real process on a data folder, killed like a crash. */
final class PackagedApp implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private Process process;

    PackagedApp(Path dataDir) throws IOException {
        this(dataDir, freePort());
    }

    /** On a given port: a restarted laptop keeps its address, so devices reconnect to it. */
    PackagedApp(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Path jar() {
        Path jar = Path.of("target", "cybercaravane.jar");
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("Build the jar first: ./mvnw package (" + jar.toAbsolutePath() + ")");
        return jar;
    }

    void start(String... extraArgs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar().toString(), "--server.port=" + port,
                "--cybercaravane.data-dir=" + dataDir.toAbsolutePath(), "--cybercaravane.quizzes-dir=" + Path.of("quizzes").toAbsolutePath()));
        cmd.addAll(List.of(extraArgs));
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app-" + System.nanoTime() + ".log").toFile()).start();
        Instant limit = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) throw new IllegalStateException("the app stopped during start-up; see logs in " + dataDir);
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url("")).toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            sleep(250);
        }
        throw new IllegalStateException("the app did not answer within 120 s");
    }

    /** SIGKILL: no shutdown hook, no flush, like a power cut or a crashed JVM. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** The app's H2 file, opened read-only while the app is down. */
    static String jdbcUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("cybercaravane") + ";ACCESS_MODE_DATA=r";
    }

    /** The app's H2 file, opened for writing while the app is down (to plan sessions, as the planning screens would). */
    static String writableJdbcUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("cybercaravane");
    }

    @Override
    public void close() {
        kill();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
