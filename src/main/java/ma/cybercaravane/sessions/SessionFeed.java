package ma.cybercaravane.sessions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands session activity to the screens following a session, in memory (never stored). Events arrive after
 * their transaction committed, so a screen that reads the database sees what the event says.
 * <p>
 * Delivery never runs in the thread that published (a child's answer or the facilitator's click): a small pool
 * does the fan-out, so 300 devices cost the publisher nothing. Devices subscribe to a few kinds and get each
 * event once; the console and the projector subscribe "batched": events of a short window come together, so a
 * burst of 300 answers makes a few screen refreshes, not 300. Screens remove their registration on detach.
 */
@Component
public class SessionFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SessionFeed.class);

    private final ConcurrentHashMap<UUID, Set<Subscriber>> bySession = new ConcurrentHashMap<>();
    private final ExecutorService fanOut = Executors.newFixedThreadPool(
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), daemon("session-feed-"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("session-feed-timer-"));

    private interface Subscriber {
        void offer(SessionActivity event);
    }

    /** Each event of these kinds for this session, one at a time, on a feed thread (wrap UI work in {@code ui.access}). */
    public Registration subscribe(UUID sessionId, Set<Class<? extends SessionActivity>> kinds, Consumer<SessionActivity> listener) {
        Subscriber s = event -> {
            if (kinds.stream().anyMatch(k -> k.isInstance(event))) fanOut.execute(() -> call(listener, event));
        };
        return add(sessionId, s, null);
    }

    /**
     * Every event of this session, gathered over {@code window} and handed over together; with a {@code tick},
     * also an empty batch at that period (for screens that show elapsed time, e.g. who is stuck).
     */
    public Registration subscribeBatched(UUID sessionId, Duration window, Duration tick, Consumer<List<SessionActivity>> listener) {
        ConcurrentLinkedQueue<SessionActivity> pending = new ConcurrentLinkedQueue<>();
        AtomicBoolean scheduled = new AtomicBoolean();
        Runnable flush = () -> {
            scheduled.set(false);
            List<SessionActivity> batch = new ArrayList<>();
            for (SessionActivity e; (e = pending.poll()) != null; ) batch.add(e);
            if (!batch.isEmpty()) call(listener, batch);
        };
        Subscriber s = event -> {
            pending.add(event);
            if (scheduled.compareAndSet(false, true)) {
                timer.schedule(() -> fanOut.execute(flush), window.toMillis(), TimeUnit.MILLISECONDS);
            }
        };
        ScheduledFuture<?> ticking = tick == null ? null : timer.scheduleWithFixedDelay(
                () -> fanOut.execute(() -> call(listener, List.of())), tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        return add(sessionId, s, ticking);
    }

    /** How many screens follow this session now (for tests and the load benchmark: no leaks). */
    public int subscribers(UUID sessionId) {
        Set<Subscriber> set = bySession.get(sessionId);
        return set == null ? 0 : set.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(SessionActivity event) {
        if (event.sessionId() != null) {
            Set<Subscriber> set = bySession.get(event.sessionId());
            if (set != null) set.forEach(s -> s.offer(event));
        } else {
            // A failure whose session could not be read: every open console hears of it.
            bySession.values().forEach(set -> set.forEach(s -> s.offer(event)));
        }
    }

    private Registration add(UUID sessionId, Subscriber s, ScheduledFuture<?> ticking) {
        bySession.compute(sessionId, (id, set) -> {
            Set<Subscriber> live = set != null ? set : ConcurrentHashMap.newKeySet();
            live.add(s);
            return live;
        });
        return () -> {
            if (ticking != null) ticking.cancel(false);
            bySession.computeIfPresent(sessionId, (id, set) -> {
                set.remove(s);
                return set.isEmpty() ? null : set;
            });
        };
    }

    private static <T> void call(Consumer<T> listener, T value) {
        try {
            listener.accept(value);
        } catch (RuntimeException e) {
            log.warn("A session screen could not be updated: {}", e.toString());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        fanOut.shutdownNow();
    }
}
