package ma.cybercaravane.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for the persistence tests: {@code CC_TEST_POSTGRES_URL} when set, otherwise a throwaway
 * cluster started from Debian's server binaries (package {@code postgresql}) in a temporary folder, on a free
 * loopback port, stopped when the JVM ends. PostgreSQL refuses to run as root, so as root it runs as "postgres".
 */
public final class PostgresServer {

    private static String url;

    private PostgresServer() {}

    public static synchronized String jdbcUrl() {
        if (url != null) return url;
        String configured = System.getenv("CC_TEST_POSTGRES_URL");
        url = configured != null && !configured.isBlank() ? configured : start();
        return url;
    }

    private static String start() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install them with "
                        + "'apt-get install -y postgresql' or set CC_TEST_POSTGRES_URL to a test database."));
        try {
            Path dir = Files.createTempDirectory("cc-pg-");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
            }
            Path data = dir.resolve("data");
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "cc", "--auth=trust", "-E", "UTF8", "--no-locale");
            run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", dir.resolve("server.log").toString(),
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
                    try (Stream<Path> walk = Files.walk(dir)) {
                        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                } catch (IOException | RuntimeException ignored) {
                    // the temporary folder is left for the OS to clean
                }
            }));
            return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=cc";
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a test PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static Optional<Path> binaries() {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) return Optional.empty();
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.naturalOrder());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void run(boolean asPostgres, String... command) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (asPostgres) cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
