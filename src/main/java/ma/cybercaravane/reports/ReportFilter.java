package ma.cybercaravane.reports;

import java.time.LocalDate;

/**
 * What a report covers. Every field may be null (no restriction). The period is the date of the caravan session
 * (or of the practice); age band, quiz and topic restrict the results counted; the topic is the question's topic for
 * scores and the quiz's topic for participation.
 */
public record ReportFilter(LocalDate from, LocalDate to, String regionCode, String ageBand, String quizId, String topic,
                           SessionKind kind) {

    /** Caravan sessions (a region) or practice (a child alone, no session, region unknown). */
    public enum SessionKind { ALL, CARAVAN, PRACTICE }

    public ReportFilter {
        kind = kind == null ? SessionKind.ALL : kind;
    }

    public static ReportFilter all() {
        return new ReportFilter(null, null, null, null, null, null, SessionKind.ALL);
    }

    public ReportFilter withPeriod(LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, regionCode, ageBand, quizId, topic, kind);
    }

    public ReportFilter withRegion(String regionCode) {
        return new ReportFilter(from, to, regionCode, ageBand, quizId, topic, kind);
    }

    public ReportFilter withAgeBand(String ageBand) {
        return new ReportFilter(from, to, regionCode, ageBand, quizId, topic, kind);
    }

    public ReportFilter withQuiz(String quizId) {
        return new ReportFilter(from, to, regionCode, ageBand, quizId, topic, kind);
    }

    public ReportFilter withTopic(String topic) {
        return new ReportFilter(from, to, regionCode, ageBand, quizId, topic, kind);
    }

    public ReportFilter withKind(SessionKind kind) {
        return new ReportFilter(from, to, regionCode, ageBand, quizId, topic, kind);
    }
}
