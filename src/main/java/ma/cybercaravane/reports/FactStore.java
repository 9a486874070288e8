package ma.cybercaravane.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds counts to a running-totals table: for each key, its row is increased, or inserted when it does not exist yet
 * (plain UPDATE then INSERT, the same on H2 and PostgreSQL; one writer at a time, see {@link FactRefresher}).
 */
final class FactStore {

    /** A totals table: key columns (in the order of the key lists) and counter columns (in the order of the arrays). */
    record Table(String name, List<String> keys, List<String> counters) {

        String update() {
            return "update " + name + " set " + String.join(", ", counters.stream().map(c -> c + " = " + c + " + ?").toList())
                    + " where " + String.join(" and ", keys.stream().map(k -> k + " = ?").toList());
        }

        String insert() {
            List<String> columns = new ArrayList<>(keys);
            columns.addAll(counters);
            return "insert into " + name + " (" + String.join(", ", columns) + ") values ("
                    + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        }
    }

    static final Table ITEMS = new Table("report_item_fact",
            List.of("session_key", "local_day", "quiz_id", "quiz_version", "question_id", "topic", "round", "age_band", "mode"),
            List.of("responses", "correct_responses", "children", "correct_children"));
    static final Table CHOICES = new Table("report_choice_fact",
            List.of("session_key", "local_day", "quiz_id", "quiz_version", "question_id", "topic", "round", "age_band", "choice_ids", "correct"),
            List.of("responses", "children"));
    static final Table PARTICIPATION = new Table("report_participant_fact",
            List.of("session_key", "local_day", "quiz_id", "topic", "age_band", "mode"),
            List.of("participants", "children"));

    private final JdbcTemplate jdbc;

    FactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the counts of each key (a list of the key columns' values); {@code empty}: the table has none of them. */
    void add(Table table, Map<List<Object>, long[]> counts, boolean empty) {
        if (counts.isEmpty()) return;
        List<Map.Entry<List<Object>, long[]>> rows = new ArrayList<>(counts.entrySet());
        if (empty) {
            insert(table, rows);
            return;
        }
        int[][] updated = jdbc.batchUpdate(table.update(), rows, 1000, (ps, e) -> {
            int i = 1;
            for (long v : e.getValue()) ps.setLong(i++, v);
            for (Object k : e.getKey()) ps.setObject(i++, k);
        });
        List<Map.Entry<List<Object>, long[]>> missing = new ArrayList<>();
        int n = 0;
        for (int[] batch : updated) {
            for (int count : batch) {
                if (count == 0) missing.add(rows.get(n));
                n++;
            }
        }
        insert(table, missing);
    }

    private void insert(Table table, List<Map.Entry<List<Object>, long[]>> rows) {
        jdbc.batchUpdate(table.insert(), rows, 1000, (ps, e) -> {
            int i = 1;
            for (Object k : e.getKey()) ps.setObject(i++, k);
            for (long v : e.getValue()) ps.setLong(i++, v);
        });
    }
}
