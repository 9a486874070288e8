package ma.cybercaravane.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations collected from many threads; percentiles by the nearest-rank method, in milliseconds. */
final class Stats {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void add(long value) {
        nanos.add(value);
    }

    int count() {
        return nanos.size();
    }

    double percentile(double p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) return Double.NaN;
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
    }

    String summary() {
        return "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (%d)".formatted(percentile(50), percentile(95), percentile(99), percentile(100), count());
    }
}
