package ma.cybercaravane.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javax.sql.DataSource;

import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.reports.ReportSql.Where;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Regions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One row per answer, streamed from the database (a cursor with a fetch size; on H2, lazy query execution), never
 * held in a list: the memory of an export does not grow with the number of answers. A participant's answers arrive
 * together (they are needed together for item analysis); show-of-hands counts follow, one row per choice.
 */
@Component
class RawAnswers {

    /** Fetch size of the answer cursor. */
    static final int FETCH = 2000;
    /** Participants read ahead of the writer at most. */
    private static final int QUEUE = 512;
    private static final Object END = new Object();

    record SessionInfo(UUID id, String regionCode, String regionName, OffsetDateTime startsAt, String site, String city) {}

    /**
     * An answer, a show-of-hands count (participant null, mode HANDS, weight = hands) or a participant who has not
     * answered yet (question null, session workbook only).
     */
    record Answer(UUID participant, UUID session, String nickname, String band, String language, String mode, int weight,
                  String quizId, int version, String questionId, String topic, int round, String choiceIds,
                  boolean correct, Integer timeMs, OffsetDateTime at) {
        boolean hands() {
            return participant == null;
        }
    }

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;
    private final Regions regions;
    private final TopicLookup topics;

    RawAnswers(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions, Regions regions, TopicLookup topics) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.regions = regions;
        this.topics = topics;
    }

    /** The caravan sessions a report may show, with where they took place. */
    Map<UUID, SessionInfo> sessions(Scope scope, ReportFilter filter, UUID only, Language language) {
        Where w = ReportSql.where(scope, filter.withQuiz(null).withAgeBand(null).withTopic(null), ReportSql.SESSIONS);
        List<Object> args = new ArrayList<>(w.params());
        String sql = "select s.id, s.region_code, s.starts_at, st.name, st.city from caravan_session s "
                + "left join site st on st.id = s.site_id" + w.sql();
        if (only != null) { sql += " and s.id = ?"; args.add(only); }
        Map<UUID, SessionInfo> sessions = new HashMap<>();
        jdbc.query(sql, (ResultSet rs) -> {
            String region = rs.getString(2);
            sessions.put(rs.getObject(1, UUID.class), new SessionInfo(rs.getObject(1, UUID.class), region,
                    regions.byCode(region).map(r -> r.name(language)).orElse(region),
                    rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getString(5)));
        }, args.toArray());
        return sessions;
    }

    /** How many rows {@link #stream} will give ({@code session}: of that session), from the running totals (for progress bars). */
    long estimate(Scope scope, ReportFilter filter, UUID session) {
        Where w = ReportSql.where(scope, filter, ReportSql.FACTS);
        Long devices = jdbc.queryForObject("select sum(f.responses) from report_item_fact f left join caravan_session s "
                + "on s.id = f.session_key" + w.sql() + (session == null ? "" : " and f.session_key = ?"), Long.class,
                withSession(w, session));
        Where h = ReportSql.where(scope, filter, ReportSql.HANDS);
        Long hands = jdbc.queryForObject("select count(*) from hand_count h left join caravan_session s on s.id = h.session_id"
                + h.sql() + " and h.hands > 0" + (session == null ? "" : " and h.session_id = ?"), Long.class, withSession(h, session));
        return (devices == null ? 0 : devices) + (hands == null ? 0 : hands);
    }

    private static Object[] withSession(Where w, UUID session) {
        List<Object> args = new ArrayList<>(w.params());
        if (session != null) args.add(session);
        return args.toArray();
    }

    /**
     * Streams the answers in scope and filter ({@code session} not null: that session only, participants who have not
     * answered included), a participant at a time, then the show-of-hands rows.
     */
    void stream(Scope scope, ReportFilter filter, UUID session, Consumer<List<Answer>> participant, Consumer<Answer> hands) {
        Where w = ReportSql.where(scope, filter, ReportSql.PARTICIPANTS);
        Object[] args = withSession(w, session);
        String only = session == null ? "" : " and p.session_id = ?";
        String sql = "select p.id, p.session_id, p.nickname, p.age_band, p.language, p.mode, p.team_size, p.quiz_id, "
                + "a.quiz_version, a.question_id, a.round, a.choice_ids, a.correct, a.time_ms, a.answered_at "
                + "from participant p left join caravan_session s on s.id = p.session_id "
                + (session != null ? "left join" : "join") + " answer a on a.participant_id = p.id"
                + w.sql() + only + " order by p.id";
        Where h = ReportSql.where(scope, filter, ReportSql.HANDS);
        Object[] handArgs = withSession(h, session);
        String handSql = "select h.session_id, h.age_band, h.language, h.hands, h.quiz_id, h.quiz_version, h.question_id, "
                + "h.round, h.choice_id, h.correct, h.recorded_at from hand_count h "
                + "left join caravan_session s on s.id = h.session_id" + h.sql() + " and h.hands > 0"
                + (session != null ? " and h.session_id = ?" : "") + " order by h.session_id, h.quiz_id, h.round, h.question_id, h.choice_id";
        String topic = filter.topic();
        // The database is read on a thread of its own while the caller writes: on two cores, reading the answers
        // costs almost no time beyond writing them. The queue between them is short, so memory stays bounded.
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().name("report-reader").daemon().start(() -> {
            try {
                read(sql, args, handSql, handArgs, topic, queue);
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                try {
                    if (!cancelled.get()) queue.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        boolean finished = false;
        try {
            for (Object next = queue.take(); next != END; next = queue.take()) {
                if (next instanceof Answer a) hands.accept(a);
                else participant.accept(asAnswers(next));
            }
            reader.join();
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("export interrupted", e);
        } finally {
            if (!finished) {
                cancelled.set(true);
                reader.interrupt();
            }
        }
        if (failure.get() != null) throw failure.get();
    }

    @SuppressWarnings("unchecked")
    private static List<Answer> asAnswers(Object group) {
        return (List<Answer>) group;
    }

    private void read(String sql, Object[] args, String handSql, Object[] handArgs, String topic, BlockingQueue<Object> queue) {
        readOnly.executeWithoutResult(status -> {
            boolean h2 = Boolean.TRUE.equals(cursor.execute((java.sql.Connection c) ->
                    c.getMetaData().getDatabaseProductName().startsWith("H2")));
            if (h2) cursor.execute("SET LAZY_QUERY_EXECUTION TRUE");
            try {
                Grouper grouper = new Grouper(group -> put(queue, group), topic);
                cursor.query(sql, grouper, args);
                grouper.flush();
                cursor.query(handSql, (ResultSet rs) -> {
                    Answer a = new Answer(null, rs.getObject(1, UUID.class), null, rs.getString(2), rs.getString(3), "HANDS",
                            rs.getInt(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                            topics.topic(rs.getString(5), rs.getInt(6), rs.getString(7)), rs.getInt(8), rs.getString(9),
                            rs.getBoolean(10), null, rs.getObject(11, OffsetDateTime.class));
                    if (topic == null || topic.equals(a.topic())) put(queue, a);
                }, handArgs);
            } finally {
                if (h2) cursor.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        });
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("export stopped", e);
        }
    }

    /** Collects the rows of one participant, hands them on when the next participant starts. */
    private final class Grouper implements RowCallbackHandler {
        private final Consumer<List<Answer>> sink;
        private final String topic;
        private final List<Answer> current = new ArrayList<>();
        private UUID participant;

        Grouper(Consumer<List<Answer>> sink, String topic) {
            this.sink = sink;
            this.topic = topic;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            UUID id = rs.getObject(1, UUID.class);
            if (!id.equals(participant)) flush();
            participant = id;
            String question = rs.getString(10);
            String quiz = rs.getString(8);
            int version = rs.getInt(9);
            String questionTopic = question == null ? null : topics.topic(quiz, version, question);
            if (question != null && topic != null && !topic.equals(questionTopic)) return;
            Integer time = question == null ? null : rs.getInt(14);
            current.add(new Answer(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getInt(7), quiz, version, question, questionTopic, rs.getInt(11), rs.getString(12),
                    rs.getBoolean(13), time, rs.getObject(15, OffsetDateTime.class)));
        }

        void flush() {
            if (!current.isEmpty()) sink.accept(List.copyOf(current));
            current.clear();
        }
    }
}
