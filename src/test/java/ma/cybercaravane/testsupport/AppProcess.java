package ma.cybercaravane.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The app started as its own process (crash drills, load benchmark): ready once its home page answers 200. */
public final class AppProcess {

    private AppProcess() {}

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts {@code command} with its output appended to {@code log}, and waits for {@code homeUrl}. */
    public static Process start(List<String> command, File log, String homeUrl, Duration patience) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        Instant limit = Instant.now().plus(patience);
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) throw new IllegalStateException("the app stopped during start-up; see " + log);
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(homeUrl).toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) return process;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the app did not answer within " + patience.toSeconds() + " s; see " + log);
    }
}
