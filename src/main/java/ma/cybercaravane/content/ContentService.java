package ma.cybercaravane.content;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ma.cybercaravane.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The content library as the app serves it. Loaded at start (and on an organizer's reload): invalid files are
 * logged loudly and left out, the rest serves. Each quiz version is registered once; a version whose questions
 * changed without a version bump is refused, so stored answers never silently point at other questions.
 */
@Service
public class ContentService {

    private static final Logger log = LoggerFactory.getLogger(ContentService.class);

    private final Path root;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private volatile Library library;
    private volatile OffsetDateTime loadedAt;

    ContentService(@Value("${cybercaravane.quizzes-dir}") Path root, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.root = root;
        this.jdbc = jdbc;
        this.tx = tx;
        reload();
    }

    public Library library() {
        return library;
    }

    public Optional<Quiz> quiz(String id) {
        return library.quiz(id);
    }

    /** The library as organizers review it: what is there, per language, what is missing, and the last load's problems. */
    public record Overview(Library library, Coverage coverage, Completeness completeness, OffsetDateTime loadedAt) {}

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Overview overview() {
        Library current = library;
        return new Overview(current, current.coverage(), current.completeness(), loadedAt);
    }

    /** A quiz to preview as a child would see it; nothing is stored. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Optional<Quiz> preview(String quizId) {
        return library.quiz(quizId);
    }

    public synchronized Library reload() {
        Library loaded = LibraryLoader.load(root);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        List<Quiz> accepted = new ArrayList<>();
        for (Quiz quiz : loaded.quizzes().values()) {
            Optional<Problem> refused = tx.execute(s -> register(quiz));
            if (refused.isPresent()) problems.add(refused.get()); else accepted.add(quiz);
        }
        library = Library.of(loaded.root(), accepted, List.copyOf(loaded.materials().values()), problems);
        loadedAt = OffsetDateTime.now();
        log.info("Content library {}: {} quizzes, {} questions, {} materials", root.toAbsolutePath(),
                accepted.size(), library.coverage().questions(), library.materials().size());
        for (Problem p : library.problems()) {
            log.error("INVALID CONTENT (left out) {}", p.render(Language.EN));
        }
        return library;
    }

    private Optional<Problem> register(Quiz quiz) {
        List<String> hashes = jdbc.queryForList("select content_hash from quiz_version where quiz_id = ? and version = ?",
                String.class, quiz.id(), quiz.version());
        if (!hashes.isEmpty()) {
            return hashes.getFirst().equals(quiz.contentHash()) ? Optional.empty()
                    : Optional.of(new Problem(quiz.file(), 1, "content.problem.versionChanged", quiz.id(), quiz.version()));
        }
        jdbc.update("insert into quiz_version (quiz_id, version, content_hash, band, topic, title_fr, first_loaded_at) values (?,?,?,?,?,?,?)",
                quiz.id(), quiz.version(), quiz.contentHash(), quiz.band().code(), quiz.topic().name(),
                truncate(quiz.title().in(Language.FR), 300), OffsetDateTime.now());
        int position = 0;
        for (Question q : quiz.questions()) {
            jdbc.update("insert into quiz_question (quiz_id, version, question_id, position, topic, kind, correct_choices) values (?,?,?,?,?,?,?)",
                    quiz.id(), quiz.version(), q.id(), position++, q.topic().name(), q.kind().code(),
                    String.join(",", q.correctChoiceIds().stream().sorted().toList()));
        }
        return Optional.empty();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
