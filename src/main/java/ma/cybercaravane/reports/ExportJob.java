package ma.cybercaravane.reports;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A report being written to a temporary file in the background; the organizer who asked for it downloads it when
 * done. Listeners hear about progress (at most every percent) and the end, from the export thread.
 */
public final class ExportJob {

    public enum Kind {
        REGIONAL_XLSX("xlsx"), RAW_CSV("csv"), SESSION_XLSX("xlsx");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    private final UUID id = UUID.randomUUID();
    private final UUID owner;
    private final Kind kind;
    private final String fileName;
    private final Instant created = Instant.now();
    private final List<Consumer<ExportJob>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = State.QUEUED;
    private volatile double progress;
    private volatile Path file;

    ExportJob(UUID owner, Kind kind, String fileName) {
        this.owner = owner;
        this.kind = kind;
        this.fileName = fileName;
    }

    public UUID id() { return id; }

    public Kind kind() { return kind; }

    public String fileName() { return fileName; }

    public State state() { return state; }

    /** From 0 to 1. */
    public double progress() { return progress; }

    public boolean finished() { return state == State.DONE || state == State.FAILED; }

    UUID owner() { return owner; }

    Instant created() { return created; }

    Path file() { return file; }

    /** Called from the export thread; returns a handle to stop listening. */
    public Runnable onChange(Consumer<ExportJob> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void running(Path file) {
        this.file = file;
        state = State.RUNNING;
        fire();
    }

    void progress(long done, long total) {
        double p = total <= 0 ? 0 : Math.min(1, (double) done / total);
        if (p - progress >= 0.01 || p == 1) {
            progress = p;
            fire();
        }
    }

    void done() {
        progress = 1;
        state = State.DONE;
        fire();
    }

    void failed() {
        state = State.FAILED;
        fire();
    }

    private void fire() {
        for (Consumer<ExportJob> listener : listeners) {
            try {
                listener.accept(this);
            } catch (RuntimeException e) {
                // A page that was closed meanwhile must not stop the export.
                listeners.remove(listener);
            }
        }
    }
}
