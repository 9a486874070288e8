package ma.cybercaravane.reports;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the running totals of V30 up to date, reading only what is new.
 * <ul>
 * <li>Answers are folded in by their insertion number (report_seq). An answer whose transaction commits after a
 * later one leaves a gap in the numbers; gaps are looked at again on each refresh for {@link #GAP_PATIENCE}. When
 * nothing new arrives, the number of answers must equal the number folded; otherwise (an answer missed or deleted)
 * the totals are rebuilt.</li>
 * <li>Participants are folded in by their creation time, looking back a few minutes before the last fold (a
 * participant may commit late); report_participant_seen remembers who is counted. Participants older than that
 * (merged from another laptop) make the participation totals be recomputed.</li>
 * </ul>
 */
@Component
class FactRefresher {

    private static final Logger log = LoggerFactory.getLogger(FactRefresher.class);
    static final Duration GAP_PATIENCE = Duration.ofMinutes(10);
    private static final Duration CHECK_EVERY = Duration.ofMinutes(1);
    private static final long CHUNK = 100_000;
    private static final String ANSWERS = "answer";
    private static final String PARTICIPANTS = "participant";

    private static final String FEED_SQL = "select a.report_seq, a.session_id, cast(a.answered_at as date), a.quiz_id, "
            + "a.quiz_version, a.question_id, a.round, a.choice_ids, a.correct, p.age_band, p.mode, p.team_size "
            // A left join keeps the answers first (their number range, by index), then each one's participant by key;
            // with an inner join H2 may choose to read every participant and all their answers instead.
            + "from answer a left join participant p on p.id = a.participant_id where a.report_seq between ? and ?";
    private static final String NEW_PARTICIPANTS = "select p.id, p.session_id, cast(p.created_at as date), p.quiz_id, p.age_band, "
            + "p.mode, p.team_size from participant p where p.created_at > ? "
            + "and not exists (select 1 from report_participant_seen x where x.participant_id = p.id)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final TopicLookup topics;
    private final FactStore store;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock lock = new ReentrantLock();
    /** Insertion numbers not seen yet below the mark, with when they were first missed. */
    private final List<Gap> gaps = new ArrayList<>();
    private Instant lastCheck = Instant.EPOCH;

    record Gap(long from, long to, Instant since) {}

    FactRefresher(JdbcTemplate jdbc, PlatformTransactionManager transactions, TopicLookup topics) {
        this.jdbc = jdbc;
        this.topics = topics;
        this.store = new FactStore(jdbc);
        this.tx = new TransactionTemplate(transactions);
        // Reports read in read-only transactions: the totals are written in a transaction of their own.
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Builds the totals in the background at start, so the first dashboard opens at once. */
    @Async
    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        try {
            long t0 = System.nanoTime();
            refresh();
            log.info("Report totals ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Report totals could not be built at start; they will be built on the first report", e);
        }
    }

    /** Folds in what is new. Cheap when nothing changed; called before every report. */
    void refresh() {
        refresh(false);
    }

    /** {@code verify}: compare the counts now, not at most once a minute. */
    void refresh(boolean verify) {
        lock.lock();
        try {
            tx.executeWithoutResult(s -> {
                participants();
                answers(verify);
            });
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every total and folds everything again. */
    void rebuild() {
        lock.lock();
        try {
            tx.executeWithoutResult(s -> {
                clearAnswers();
                recomputeParticipants();
                answers(false);
            });
        } finally {
            lock.unlock();
        }
    }

    // --- participants ---

    private void participants() {
        long[] feed = feed(PARTICIPANTS);
        long count = count(PARTICIPANTS);
        if (feed == null || count < feed[1]) {
            recomputeParticipants();
            return;
        }
        if (count == feed[1]) return;
        // The mark is this server's clock at the last fold (a laptop with a wrong clock cannot push it away).
        long now = clock.millis();
        long folded = feed[1];
        for (int attempt = 0; attempt < 2 && folded < count; attempt++) {
            folded += foldParticipants(feed[0]);
            count = count(PARTICIPANTS);
        }
        if (folded != count) {
            log.info("Participants older than the report totals appeared (merged results): recomputing participation");
            recomputeParticipants();
            return;
        }
        saveFeed(PARTICIPANTS, now, folded, true);
    }

    /** Folds the participants created since a little before {@code mark} and not counted yet; returns how many. */
    private long foldParticipants(long mark) {
        Map<List<Object>, long[]> counts = new HashMap<>();
        List<Object[]> seen = new ArrayList<>();
        jdbc.query(NEW_PARTICIPANTS, (ResultSet rs) -> {
            UUID session = rs.getObject(2, UUID.class);
            String quiz = rs.getString(4);
            LocalDate day = rs.getObject(3, LocalDate.class);
            long[] v = counts.computeIfAbsent(List.of(session == null ? ReportSql.PRACTICE : session,
                    session == null ? ReportSql.practiceDay(day) : day, quiz, topics.quizTopic(quiz), rs.getString(5), rs.getString(6)), k -> new long[2]);
            v[0]++;
            v[1] += rs.getInt(7);
            seen.add(new Object[] {rs.getObject(1, UUID.class)});
        }, new Timestamp(mark - GAP_PATIENCE.toMillis()));
        store.add(FactStore.PARTICIPATION, counts, false);
        jdbc.batchUpdate("insert into report_participant_seen (participant_id) values (?)", seen);
        return seen.size();
    }

    private void recomputeParticipants() {
        jdbc.update("delete from report_participant_fact");
        jdbc.update("delete from report_participant_seen");
        // The totals are made from the participants just listed as seen: one that commits meanwhile is folded in later.
        jdbc.update("insert into report_participant_seen (participant_id) select id from participant");
        // The nil UUID is written out (not a parameter): PostgreSQL must see the same expression in select and group by.
        String key = "coalesce(p.session_id, cast('" + ReportSql.PRACTICE + "' as uuid))";
        // Practice is filed under the first day of its month (see ReportSql.practiceDay).
        String day = "case when p.session_id is null then cast(date_trunc('month', p.created_at) as date) else cast(p.created_at as date) end";
        jdbc.update("insert into report_participant_fact (session_key, local_day, quiz_id, topic, age_band, mode, participants, children) "
                + "select k.session_key, k.local_day, k.quiz_id, coalesce((select max(v.topic) from quiz_version v where v.quiz_id = k.quiz_id), 'UNKNOWN'), "
                + "k.age_band, k.mode, k.participants, k.children from (select " + key + " as session_key, "
                + day + " as local_day, p.quiz_id, p.age_band, p.mode, count(*) as participants, sum(p.team_size) as children "
                + "from participant p join report_participant_seen x on x.participant_id = p.id "
                + "group by " + key + ", " + day + ", p.quiz_id, p.age_band, p.mode) k");
        long count = jdbc.queryForObject("select count(*) from report_participant_seen", Long.class);
        jdbc.update("delete from report_feed where name = ?", PARTICIPANTS);
        saveFeed(PARTICIPANTS, clock.millis(), count, false);
    }

    // --- answers ---

    private void clearAnswers() {
        jdbc.update("delete from report_item_fact");
        jdbc.update("delete from report_choice_fact");
        jdbc.update("delete from report_feed where name = ?", ANSWERS);
        gaps.clear();
    }

    private void answers(boolean verify) {
        long[] feed = feed(ANSWERS);
        long mark = feed == null ? 0 : feed[0];
        long folded = feed == null ? 0 : feed[1];
        Long maxSeq = jdbc.queryForObject("select max(report_seq) from answer", Long.class);
        long max = maxSeq == null ? 0 : maxSeq;
        Totals totals = new Totals(feed == null);
        folded += foldGaps(totals);
        for (long from = mark + 1; from <= max; from += CHUNK) {
            folded += fold(from, Math.min(max, from + CHUNK - 1), totals);
        }
        totals.save();
        // A lower highest number than the mark means answers were deleted: the check below finds it.
        boolean changed = feed == null || max > mark || folded != feed[1];
        if (changed) saveFeed(ANSWERS, Math.max(max, mark), folded, feed != null);
        Instant now = clock.instant();
        if (!changed && gaps.isEmpty() && (verify || now.isAfter(lastCheck.plus(CHECK_EVERY)))) {
            lastCheck = now;
            long count = count(ANSWERS);
            Long maxAgain = jdbc.queryForObject("select max(report_seq) from answer", Long.class);
            if (count != folded && (maxAgain == null ? 0 : maxAgain) == max) {
                log.warn("Report totals hold {} answers but the database has {}: rebuilding them", folded, count);
                clearAnswers();
                answers(false);
            }
        }
    }

    /**
     * Counts gathered in memory while answers are read, written when there are many keys (their number depends on
     * sessions and questions, not on answers) or at the end. On a first build the tables are empty: plain inserts.
     */
    private final class Totals {
        private static final int MAX_KEYS = 200_000;
        final Map<List<Object>, long[]> items = new HashMap<>();
        final Map<List<Object>, long[]> choices = new HashMap<>();
        private boolean empty;

        Totals(boolean empty) {
            this.empty = empty;
        }

        void saveIfBig() {
            if (items.size() + choices.size() > MAX_KEYS) save();
        }

        void save() {
            store.add(FactStore.ITEMS, items, empty);
            store.add(FactStore.CHOICES, choices, empty);
            if (!items.isEmpty() || !choices.isEmpty()) empty = false;
            items.clear();
            choices.clear();
        }
    }

    /** Looks again at the gaps: answers that committed late are folded in, gaps waited for too long are dropped. */
    private long foldGaps(Totals totals) {
        if (gaps.isEmpty()) return 0;
        Instant now = clock.instant();
        List<Gap> pending = new ArrayList<>(gaps);
        gaps.clear();
        long folded = 0;
        for (Gap gap : pending) {
            if (gap.since().plus(GAP_PATIENCE).isBefore(now)) continue;
            int before = gaps.size();
            folded += fold(gap.from(), gap.to(), totals);
            // fold() recorded the numbers still missing with a new date: keep the first date.
            for (int i = before; i < gaps.size(); i++) {
                Gap g = gaps.get(i);
                gaps.set(i, new Gap(g.from(), g.to(), gap.since()));
            }
        }
        return folded;
    }

    /** Folds the answers numbered from..to and records the numbers not found as gaps. Returns how many were folded. */
    private long fold(long from, long to, Totals totals) {
        Map<List<Object>, long[]> items = totals.items;
        Map<List<Object>, long[]> choices = totals.choices;
        BitSet seen = new BitSet((int) (to - from + 1));
        long[] count = {0};
        jdbc.query(FEED_SQL, (ResultSet rs) -> {
            seen.set((int) (rs.getLong(1) - from));
            count[0]++;
            UUID session = rs.getObject(2, UUID.class);
            Object key = session == null ? ReportSql.PRACTICE : session;
            LocalDate day = rs.getObject(3, LocalDate.class);
            if (session == null) day = ReportSql.practiceDay(day);
            String quiz = rs.getString(4);
            int version = rs.getInt(5);
            String question = rs.getString(6);
            short round = rs.getShort(7);
            boolean correct = rs.getBoolean(9);
            long weight = rs.getInt(12);
            String topic = topics.topic(quiz, version, question);
            long[] item = items.computeIfAbsent(List.of(key, day, quiz, version, question, topic, round, rs.getString(10),
                    rs.getString(11)), k -> new long[4]);
            item[0]++;
            item[2] += weight;
            if (correct) { item[1]++; item[3] += weight; }
            long[] choice = choices.computeIfAbsent(List.of(key, day, quiz, version, question, topic, round, rs.getString(10),
                    rs.getString(8), correct), k -> new long[2]);
            choice[0]++;
            choice[1] += weight;
        }, from, to);
        totals.saveIfBig();
        // Numbers handed out but not (yet) visible: an answer still being written, or one that never will be.
        Instant now = clock.instant();
        int size = (int) (to - from + 1);
        for (int i = seen.nextClearBit(0); i < size; i = seen.nextClearBit(i)) {
            int next = seen.nextSetBit(i);
            int j = next < 0 ? size : Math.min(next, size);
            gaps.add(new Gap(from + i, from + j - 1, now));
            i = j;
        }
        return count[0];
    }

    // --- bookkeeping ---

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private long[] feed(String name) {
        List<long[]> rows = jdbc.query("select mark, folded from report_feed where name = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, name);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private void saveFeed(String name, long mark, long folded, boolean exists) {
        if (exists) jdbc.update("update report_feed set mark = ?, folded = ? where name = ?", mark, folded, name);
        else jdbc.update("insert into report_feed (name, mark, folded) values (?,?,?)", name, mark, folded);
    }

    /** For tests: the gaps waited for now. */
    List<Gap> gaps() {
        lock.lock();
        try {
            return List.copyOf(gaps);
        } finally {
            lock.unlock();
        }
    }
}
