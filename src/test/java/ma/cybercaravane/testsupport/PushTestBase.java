package ma.cybercaravane.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/**
 * Browserless tests of screens updated by server push. The push comes from another thread (the session feed) as
 * {@code ui.access}; the test thread holds the UI's lock, so the change is applied at the test's next round trip
 * (every component lookup is one). Waits for a condition, never asserts on time.
 */
public abstract class PushTestBase extends BrowserlessTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** Round trips until the pushed change is there (fails with {@code what} when it never comes). */
    protected void awaitPush(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            roundTrip();
            if (condition.getAsBoolean()) return;
            if (System.nanoTime() > end) fail("no push brought: " + what);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + what);
            }
        }
    }
}
