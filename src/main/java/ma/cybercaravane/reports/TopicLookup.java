package ma.cybercaravane.reports;

import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The topic of each question of each quiz version (quiz_question, filled when the content is loaded; a quiz version
 * never changes). Kept in memory: a few hundred entries, read again when an unknown question shows up.
 */
@Component
class TopicLookup {

    static final String UNKNOWN = "UNKNOWN";

    private final JdbcTemplate jdbc;
    private volatile Map<String, String> topics = Map.of();

    TopicLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String topic(String quiz, int version, String question) {
        String key = key(quiz, version, question);
        String topic = topics.get(key);
        if (topic != null) return topic;
        Map<String, String> loaded = new ConcurrentHashMap<>();
        jdbc.query("select v.quiz_id, v.version, q.question_id, coalesce(q.topic, v.topic), v.topic from quiz_version v "
                + "left join quiz_question q on q.quiz_id = v.quiz_id and q.version = v.version", (ResultSet rs) -> {
            if (rs.getString(3) != null) loaded.put(key(rs.getString(1), rs.getInt(2), rs.getString(3)), rs.getString(4));
            loaded.put(key(rs.getString(1), rs.getInt(2), ""), rs.getString(5));
        });
        // A question the library does not know takes its quiz's topic; remembered so it is not looked for again.
        topic = loaded.getOrDefault(key, loaded.getOrDefault(key(quiz, version, ""), UNKNOWN));
        loaded.put(key, topic);
        topics = loaded;
        return topic;
    }

    /** The topic of a quiz (of its newest version); UNKNOWN for a quiz never loaded. */
    String quizTopic(String quiz) {
        String key = key(quiz, -1, "");
        String topic = topics.get(key);
        if (topic != null) return topic;
        List<String> found = jdbc.queryForList("select topic from quiz_version where quiz_id = ? order by version desc", String.class, quiz);
        topic = found.isEmpty() ? UNKNOWN : found.getFirst();
        Map<String, String> copy = new ConcurrentHashMap<>(topics);
        copy.put(key, topic);
        topics = copy;
        return topic;
    }

    private static String key(String quiz, int version, String question) {
        return quiz + '\u0000' + version + '\u0000' + question;
    }
}
