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
 * Keeps the running totals of V30 up to date. Answers are folded in by their insertion number (report_seq): only the
 * answers not seen yet are read. An answer whose transaction commits after a later one was folded leaves a gap in the
 * numbers; gaps are looked at again on each refresh for {@link #GAP_PATIENCE}. When nothing new arrives, the number
 * of answers must equal the number folded: otherwise (an answer missed, or deleted) the totals are rebuilt.
 * Participants are recomputed whenever their number or the newest of them changes.
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
            + "from answer a join participant p on p.id = a.participant_id where a.report_seq between ? and ?";
    private static final String ITEM_KEY = " where session_key = ? and local_day = ? and quiz_id = ? and quiz_version = ? "
            + "and question_id = ? and round = ? and age_band = ? and mode = ?";
    private static final String CHOICE_KEY = " where session_key = ? and local_day = ? and quiz_id = ? and quiz_version = ? "
            + "and question_id = ? and round = ? and age_band = ? and choice_ids = ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock lock = new ReentrantLock();
    /** Insertion numbers not seen yet below the mark, with when they were first missed. */
    private final List<Gap> gaps = new ArrayList<>();
    private final TopicLookup topics;
    private Instant lastCheck = Instant.EPOCH;

    record Gap(long from, long to, Instant since) {}

    private record ItemKey(UUID session, LocalDate day, String quiz, int version, String question, String topic,
                           short round, String band, String mode) {}

    private record ChoiceKey(UUID session, LocalDate day, String quiz, int version, String question, String topic,
                             short round, String band, String choices, boolean correct) {}

    FactRefresher(JdbcTemplate jdbc, PlatformTransactionManager transactions, TopicLookup topics) {
        this.jdbc = jdbc;
        this.topics = topics;
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

    /** Forgets every total and folds all answers again. */
    void rebuild() {
        lock.lock();
        try {
            tx.executeWithoutResult(s -> {
                clear();
                participants();
                answers(false);
            });
        } finally {
            lock.unlock();
        }
    }

    private void clear() {
        jdbc.update("delete from report_item_fact");
        jdbc.update("delete from report_choice_fact");
        jdbc.update("delete from report_feed");
        gaps.clear();
    }

    private void participants() {
        long count = jdbc.queryForObject("select count(*) from participant", Long.class);
        Timestamp newest = jdbc.queryForObject("select max(created_at) from participant", Timestamp.class);
        long mark = newest == null ? 0 : newest.getTime();
        long[] feed = feed(PARTICIPANTS);
        if (feed != null && feed[0] == mark && feed[1] == count) return;
        jdbc.update("delete from report_participant_fact");
        // The nil UUID is written out (not a parameter): PostgreSQL must see the same expression in select and group by.
        String key = "coalesce(p.session_id, cast('" + ReportSql.PRACTICE + "' as uuid))";
        jdbc.update("insert into report_participant_fact (session_key, local_day, quiz_id, topic, age_band, mode, participants, children) "
                + "select k.session_key, k.local_day, k.quiz_id, coalesce((select max(v.topic) from quiz_version v where v.quiz_id = k.quiz_id), 'UNKNOWN'), "
                + "k.age_band, k.mode, k.participants, k.children from (select " + key + " as session_key, "
                + "cast(p.created_at as date) as local_day, p.quiz_id, p.age_band, p.mode, count(*) as participants, sum(p.team_size) as children "
                + "from participant p group by " + key + ", cast(p.created_at as date), p.quiz_id, p.age_band, p.mode) k");
        saveFeed(PARTICIPANTS, mark, count, feed != null);
    }

    private void answers(boolean verify) {
        long[] feed = feed(ANSWERS);
        long mark = feed == null ? 0 : feed[0];
        long folded = feed == null ? 0 : feed[1];
        Long maxSeq = jdbc.queryForObject("select max(report_seq) from answer", Long.class);
        long max = maxSeq == null ? 0 : maxSeq;
        folded += foldGaps();
        for (long from = mark + 1; from <= max; from += CHUNK) {
            long to = Math.min(max, from + CHUNK - 1);
            folded += fold(from, to);
        }
        // A lower highest number than the mark means answers were deleted: the check below finds it.
        boolean changed = feed == null || max > mark || folded != feed[1];
        if (changed) saveFeed(ANSWERS, Math.max(max, mark), folded, feed != null);
        Instant now = clock.instant();
        if (!changed && gaps.isEmpty() && (verify || now.isAfter(lastCheck.plus(CHECK_EVERY)))) {
            lastCheck = now;
            long count = jdbc.queryForObject("select count(*) from answer", Long.class);
            Long maxAgain = jdbc.queryForObject("select max(report_seq) from answer", Long.class);
            if (count != folded && (maxAgain == null ? 0 : maxAgain) == max) {
                log.warn("Report totals hold {} answers but the database has {}: rebuilding them", folded, count);
                clear();
                answers(false);
            }
        }
    }

    /** Looks again at the gaps: answers that committed late are folded in, gaps waited for too long are dropped. */
    private long foldGaps() {
        if (gaps.isEmpty()) return 0;
        Instant now = clock.instant();
        List<Gap> pending = new ArrayList<>(gaps);
        gaps.clear();
        long folded = 0;
        for (Gap gap : pending) {
            if (gap.since().plus(GAP_PATIENCE).isBefore(now)) continue;
            int before = gaps.size();
            folded += fold(gap.from(), gap.to());
            // fold() recorded the numbers still missing with a new date: keep the first date.
            for (int i = before; i < gaps.size(); i++) {
                Gap g = gaps.get(i);
                gaps.set(i, new Gap(g.from(), g.to(), gap.since()));
            }
        }
        return folded;
    }

    /** Folds the answers numbered from..to and records the numbers not found as gaps. Returns how many were folded. */
    private long fold(long from, long to) {
        Map<ItemKey, long[]> items = new HashMap<>();
        Map<ChoiceKey, long[]> choices = new HashMap<>();
        BitSet seen = new BitSet((int) (to - from + 1));
        long[] count = {0};
        jdbc.query(FEED_SQL, (ResultSet rs) -> {
            long seq = rs.getLong(1);
            seen.set((int) (seq - from));
            count[0]++;
            UUID session = rs.getObject(2, UUID.class);
            if (session == null) session = ReportSql.PRACTICE;
            LocalDate day = rs.getObject(3, LocalDate.class);
            String quiz = rs.getString(4);
            int version = rs.getInt(5);
            String question = rs.getString(6);
            short round = rs.getShort(7);
            String chosen = rs.getString(8);
            boolean correct = rs.getBoolean(9);
            String band = rs.getString(10);
            String mode = rs.getString(11);
            long weight = rs.getInt(12);
            String topic = topics.topic(quiz, version, question);
            long[] item = items.computeIfAbsent(new ItemKey(session, day, quiz, version, question, topic, round, band, mode), k -> new long[4]);
            item[0]++;
            item[2] += weight;
            if (correct) { item[1]++; item[3] += weight; }
            long[] choice = choices.computeIfAbsent(new ChoiceKey(session, day, quiz, version, question, topic, round, band, chosen, correct), k -> new long[2]);
            choice[0]++;
            choice[1] += weight;
        }, from, to);
        saveItems(items);
        saveChoices(choices);
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

    private void saveItems(Map<ItemKey, long[]> items) {
        if (items.isEmpty()) return;
        List<Map.Entry<ItemKey, long[]>> rows = new ArrayList<>(items.entrySet());
        int[][] updated = jdbc.batchUpdate("update report_item_fact set responses = responses + ?, correct_responses = correct_responses + ?, "
                + "children = children + ?, correct_children = correct_children + ?" + ITEM_KEY, rows, 1000, (ps, e) -> {
            long[] v = e.getValue();
            ItemKey k = e.getKey();
            Object[] args = {v[0], v[1], v[2], v[3], k.session(), k.day(), k.quiz(), k.version(), k.question(), k.round(), k.band(), k.mode()};
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        });
        List<Map.Entry<ItemKey, long[]>> missing = notUpdated(rows, updated);
        jdbc.batchUpdate("insert into report_item_fact (session_key, local_day, quiz_id, quiz_version, question_id, topic, round, age_band, mode, "
                + "responses, correct_responses, children, correct_children) values (?,?,?,?,?,?,?,?,?,?,?,?,?)", missing, 1000, (ps, e) -> {
            long[] v = e.getValue();
            ItemKey k = e.getKey();
            Object[] args = {k.session(), k.day(), k.quiz(), k.version(), k.question(), k.topic(), k.round(), k.band(), k.mode(), v[0], v[1], v[2], v[3]};
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        });
    }

    private void saveChoices(Map<ChoiceKey, long[]> choices) {
        if (choices.isEmpty()) return;
        List<Map.Entry<ChoiceKey, long[]>> rows = new ArrayList<>(choices.entrySet());
        int[][] updated = jdbc.batchUpdate("update report_choice_fact set responses = responses + ?, children = children + ?" + CHOICE_KEY,
                rows, 1000, (ps, e) -> {
            long[] v = e.getValue();
            ChoiceKey k = e.getKey();
            Object[] args = {v[0], v[1], k.session(), k.day(), k.quiz(), k.version(), k.question(), k.round(), k.band(), k.choices()};
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        });
        List<Map.Entry<ChoiceKey, long[]>> missing = notUpdated(rows, updated);
        jdbc.batchUpdate("insert into report_choice_fact (session_key, local_day, quiz_id, quiz_version, question_id, topic, round, age_band, "
                + "choice_ids, correct, responses, children) values (?,?,?,?,?,?,?,?,?,?,?,?)", missing, 1000, (ps, e) -> {
            long[] v = e.getValue();
            ChoiceKey k = e.getKey();
            Object[] args = {k.session(), k.day(), k.quiz(), k.version(), k.question(), k.topic(), k.round(), k.band(), k.choices(), k.correct(), v[0], v[1]};
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        });
    }

    private static <T> List<T> notUpdated(List<T> rows, int[][] counts) {
        List<T> missing = new ArrayList<>();
        int i = 0;
        for (int[] batch : counts) {
            for (int c : batch) {
                if (c == 0) missing.add(rows.get(i));
                i++;
            }
        }
        return missing;
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
