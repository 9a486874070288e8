package ma.cybercaravane.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import ma.cybercaravane.reports.RawAnswers.Answer;
import ma.cybercaravane.reports.RawAnswers.SessionInfo;

/**
 * The columns of the raw answers (the "Raw" sheets and the CSV): one row per answer or show-of-hands count,
 * pivot-ready: "Children" is the weight of the row and "Right (children)" the weighted right answers, so that summing
 * them in a pivot table gives the dashboard's figures.
 */
final class RawColumns {

    /** Where a row goes: a sheet row or a CSV line. */
    interface Sink {
        Sink text(String value);

        Sink number(long value);

        Sink number(Integer value);

        Sink decimal(Double value);

        Sink date(LocalDate value);

        Sink dateTime(OffsetDateTime value);
    }

    static final String[] KEYS = {"kind", "region", "date", "site", "city", "session", "nickname", "mode", "band",
            "language", "children", "quiz", "version", "question", "position", "topic", "round", "choices", "right",
            "rightChildren", "time", "answeredAt"};
    static final int[] WIDTHS = {10, 24, 11, 24, 16, 36, 18, 14, 12, 9, 9, 20, 8, 20, 8, 22, 7, 18, 7, 9, 8, 16};

    private final Map<UUID, SessionInfo> sessions;
    private final Function<String, String> labels;
    private final QuestionTexts texts;
    private final Map<String, String> cache = new HashMap<>();
    private final Map<String, Map<String, Integer>> positions = new HashMap<>();
    private final Map<UUID, LocalDate> days = new HashMap<>();
    private final Map<UUID, String> sessionIds = new HashMap<>();

    /** {@code labels}: a translation key to its text in the report's language. */
    RawColumns(Map<UUID, SessionInfo> sessions, Function<String, String> labels, QuestionTexts texts) {
        this.sessions = sessions;
        this.labels = labels;
        this.texts = texts;
    }

    String[] headers() {
        String[] headers = new String[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) headers[i] = labels.apply("reports.raw." + KEYS[i]);
        return headers;
    }

    void write(Answer a, Sink row) {
        SessionInfo s = a.session() == null ? null : sessions.get(a.session());
        row.text(label(s == null ? "reports.kind.PRACTICE" : "reports.kind.CARAVAN"))
                .text(s == null ? null : s.regionName())
                .date(s == null ? null : days.computeIfAbsent(s.id(), id -> s.startsAt().atZoneSameInstant(ReportSql.ZONE).toLocalDate()))
                .text(s == null ? null : s.site())
                .text(s == null ? null : s.city())
                .text(a.session() == null ? null : sessionIds.computeIfAbsent(a.session(), UUID::toString))
                .text(a.nickname())
                .text(label("reports.mode." + a.mode()))
                .text(label("band." + a.band()))
                .text(a.language())
                .number(a.weight())
                .text(a.quizId())
                .number(a.version())
                .text(a.questionId())
                .number(a.questionId() == null ? null : positions.computeIfAbsent(a.quizId(), q -> new HashMap<>())
                        .computeIfAbsent(a.questionId(), q -> texts.position(a.quizId(), q)))
                .text(a.topic() == null ? null : label("topic." + a.topic()))
                .number(a.questionId() == null ? null : a.round());
        row.text(a.choiceIds())
                .number(a.questionId() == null ? null : a.correct() ? 1 : 0)
                .number(a.questionId() == null ? null : a.correct() ? a.weight() : 0)
                .decimal(a.timeMs() == null ? null : a.timeMs() / 1000.0)
                .dateTime(a.at());
    }

    private String label(String key) {
        return cache.computeIfAbsent(key, k -> {
            String text = labels.apply(k);
            return text.startsWith("!") ? k.substring(k.lastIndexOf('.') + 1) : text;
        });
    }
}
