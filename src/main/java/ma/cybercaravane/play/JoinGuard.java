package ma.cybercaravane.play;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down code guessing: a client (device address) gets a few wrong codes per minute, then waits.
 * A right code never counts. In memory on purpose: it protects the running laptop, it is not a record.
 */
@Component
class JoinGuard {

    static final int MAX_FAILURES = 8;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    JoinGuard() {
        this(Clock.systemUTC());
    }

    JoinGuard(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String client) {
        Deque<Instant> f = failures.get(client);
        if (f == null) return false;
        synchronized (f) {
            prune(f);
            return f.size() >= MAX_FAILURES;
        }
    }

    void failed(String client) {
        Deque<Instant> f = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (f) {
            prune(f);
            f.addLast(clock.instant());
        }
        if (failures.size() > 10_000) failures.entrySet().removeIf(e -> e.getValue().isEmpty());
    }

    private void prune(Deque<Instant> f) {
        Instant limit = clock.instant().minus(WINDOW);
        while (!f.isEmpty() && f.peekFirst().isBefore(limit)) f.removeFirst();
    }
}
