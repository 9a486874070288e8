package ma.cybercaravane.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ma.cybercaravane.testsupport.AppProcess;

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
        return AppProcess.freePort();
    }

    static Path jar() {
        Path jar = Path.of("target", "cybercaravane.jar");
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("Build the jar first: ./mvnw package (" + jar.toAbsolutePath() + ")");
        return jar;
    }

    void start(String... extraArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar().toString(), "--server.port=" + port,
                "--cybercaravane.data-dir=" + dataDir.toAbsolutePath(), "--cybercaravane.quizzes-dir=" + Path.of("quizzes").toAbsolutePath()));
        cmd.addAll(List.of(extraArgs));
        process = AppProcess.start(cmd, dataDir.resolve("app-" + System.nanoTime() + ".log").toFile(), url(""), Duration.ofSeconds(120));
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
}
