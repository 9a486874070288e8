package ma.cybercaravane.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import ma.cybercaravane.accounts.CurrentUser;
import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Spreadsheet and CSV exports, written in the background to a temporary file (a few at a time: the laptop keeps
 * serving the children), then downloaded by the organizer who asked. The scope is taken when the export is asked
 * for and limits every query of it; a session outside the scope is refused at once.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'FACILITATOR')")
public class ReportExports {

    private static final Logger log = LoggerFactory.getLogger(ReportExports.class);
    /** Files are kept this long for downloading, then deleted. */
    static final Duration KEEP = Duration.ofHours(1);
    /** Exports one organizer may have waiting or running. */
    static final int PER_USER = 2;

    /** What an export writes, given the scope, the language, where to, and how far it got. */
    private interface Writer {
        void write(Scope scope, OutputStream out, RegionalWorkbook.Progress progress) throws IOException;
    }

    private final CurrentUser currentUser;
    private final FactRefresher refresher;
    private final RegionalWorkbook regional;
    private final SessionWorkbook session;
    private final RawCsv csv;
    private final ThreadPoolExecutor executor;
    private final Map<UUID, ExportJob> jobs = new ConcurrentHashMap<>();

    ReportExports(CurrentUser currentUser, FactRefresher refresher, RegionalWorkbook regional, SessionWorkbook session, RawCsv csv,
                  @Value("${cybercaravane.reports.export-threads:1}") int threads,
                  @Value("${cybercaravane.reports.export-queue:8}") int queue) {
        this.currentUser = currentUser;
        this.refresher = refresher;
        this.regional = regional;
        this.session = session;
        this.csv = csv;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "report-export-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    /** The regional (coordinator) or national (admin) workbook for these filters. */
    public ExportJob regionalWorkbook(ReportFilter filter, Language language) {
        Scope scope = currentUser.require();
        return submit(scope, ExportJob.Kind.REGIONAL_XLSX, "cybercaravane-" + scopeName(scope),
                (s, out, p) -> regional.write(s, filter, language, out, p));
    }

    /** The raw answers for these filters, as CSV. */
    public ExportJob rawCsv(ReportFilter filter, Language language) {
        Scope scope = currentUser.require();
        return submit(scope, ExportJob.Kind.RAW_CSV, "cybercaravane-answers-" + scopeName(scope),
                (s, out, p) -> csv.write(s, filter, language, out, p));
    }

    /** The workbook of one session; refused at once (AccessDeniedException) when it is not in the organizer's scope. */
    public ExportJob sessionWorkbook(UUID sessionId, Language language) {
        Scope scope = currentUser.require();
        var row = session.session(scope, sessionId, language);
        String date = row.startsAt().atZoneSameInstant(ReportSql.ZONE).toLocalDate().toString();
        return submit(scope, ExportJob.Kind.SESSION_XLSX, "cybercaravane-session-" + date + "-" + sessionId.toString().substring(0, 8),
                (s, out, p) -> session.write(s, sessionId, language, out, p));
    }

    /** A job of the signed-in organizer. */
    public Optional<ExportJob> job(UUID id) {
        Scope scope = currentUser.require();
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner().equals(scope.userId()));
    }

    /** Copies a finished export to {@code out}; only for the organizer who asked for it. */
    public void download(UUID jobId, OutputStream out) throws IOException {
        ExportJob job = job(jobId).orElseThrow(() -> new AccessDeniedException("not your export"));
        if (job.state() != ExportJob.State.DONE) throw new IllegalStateException("export not finished");
        Files.copy(job.file(), out);
    }

    /** Size of a finished export in bytes. */
    public long size(UUID jobId) throws IOException {
        ExportJob job = job(jobId).orElseThrow(() -> new AccessDeniedException("not your export"));
        return job.state() == ExportJob.State.DONE ? Files.size(job.file()) : 0;
    }

    private ExportJob submit(Scope scope, ExportJob.Kind kind, String name, Writer writer) {
        forgetOld();
        long mine = jobs.values().stream().filter(j -> j.owner().equals(scope.userId()) && !j.finished()).count();
        if (mine >= PER_USER) throw new ExportsBusyException();
        ExportJob job = new ExportJob(scope.userId(), kind, name + "-" + LocalDate.now(ReportSql.ZONE) + "." + kind.extension());
        jobs.put(job.id(), job);
        try {
            executor.execute(() -> run(job, scope, writer));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            throw new ExportsBusyException();
        }
        return job;
    }

    private void run(ExportJob job, Scope scope, Writer writer) {
        Path file = null;
        try {
            file = Files.createTempFile("cc-report-", "." + job.kind().extension());
            job.running(file);
            refresher.refresh();
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.write(scope, out, job::progress);
            }
            job.done();
        } catch (IOException | RuntimeException e) {
            log.error("Export {} failed", job.kind(), e);
            delete(file);
            job.failed();
        }
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> {
            if (j.finished() && j.created().isBefore(limit)) {
                delete(j.file());
                return true;
            }
            return false;
        });
    }

    private static void delete(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String scopeName(Scope scope) {
        return switch (scope.role()) {
            case ADMIN -> "national";
            case COORDINATOR -> "region-" + scope.regionCode();
            case FACILITATOR -> "my-sessions";
        };
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
        jobs.values().forEach(j -> {
            try {
                delete(j.file());
            } catch (UncheckedIOException e) {
                log.warn("Could not delete export {}", j.file());
            }
        });
    }
}
