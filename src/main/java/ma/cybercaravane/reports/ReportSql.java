package ma.cybercaravane.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ma.cybercaravane.accounts.Scope;

/**
 * The WHERE clauses every report query ends with: the organizer's scope (admin: everything; coordinator: their
 * region's sessions; facilitator: their own sessions; practice has no region, so only admins see it) and the filters.
 * Caravan rows are limited through {@code caravan_session s}; practice (no session) is counted by whole months.
 */
final class ReportSql {

    /** Practice results are filed under this key in the fact tables (a key column cannot be null). */
    static final UUID PRACTICE = new UUID(0, 0);
    /** Days and months are counted in the server's time zone (the caravan's laptops and servers run on Moroccan time). */
    static final ZoneId ZONE = ZoneId.systemDefault();

    /**
     * Where a query finds its columns: the session column ({@code nilKey}: practice rows carry {@link #PRACTICE}
     * instead of null), the practice time column ({@code dayIsDate}: a date, else a timestamp), the content columns
     * (null: not filtered on), and whether practice can be in it at all.
     */
    record Source(String sessionCol, boolean nilKey, String dayCol, boolean dayIsDate, String bandCol, String quizCol,
                  String topicCol, boolean practicePossible) {}

    /** The fact tables (and the show-of-hands rows shaped like them), alias f. */
    static final Source FACTS = new Source("f.session_key", true, "f.local_day", true, "f.age_band", "f.quiz_id", "f.topic", true);
    static final Source PARTICIPANTS = new Source("p.session_id", false, "p.created_at", false, "p.age_band", "p.quiz_id", null, true);
    static final Source HELP = new Source("h.session_id", false, "h.created_at", false, null, null, null, true);
    static final Source HANDS = new Source("h.session_id", false, "h.recorded_at", false, "h.age_band", "h.quiz_id", null, false);
    static final Source SESSIONS = new Source("s.id", false, null, false, null, null, null, false);

    record Where(String sql, List<Object> params) {
        Object[] args() {
            return params.toArray();
        }
    }

    private ReportSql() {}

    /** Caravan rows and practice rows (when allowed), for a query that left-joins {@code caravan_session s}. */
    static Where where(Scope scope, ReportFilter filter, Source src) {
        Where caravan = caravan(scope, filter, src);
        Where practice = practice(scope, filter, src);
        if (caravan == null && practice == null) return new Where(" where 1=0", List.of());
        if (practice == null) return new Where(" where " + caravan.sql(), caravan.params());
        if (caravan == null) return new Where(" where " + practice.sql(), practice.params());
        List<Object> params = new ArrayList<>(caravan.params());
        params.addAll(practice.params());
        return new Where(" where ((" + caravan.sql() + ") or (" + practice.sql() + "))", params);
    }

    /** The condition on caravan rows (joined to {@code caravan_session s}), or null when the filter wants none. */
    static Where caravan(Scope scope, ReportFilter filter, Source src) {
        if (filter.kind() == ReportFilter.SessionKind.PRACTICE) return null;
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("s.id is not null");
        switch (scope.role()) {
            case ADMIN -> { }
            case COORDINATOR -> {
                if (scope.regionCode() == null) sql.append(" and 1=0");
                else { sql.append(" and s.region_code = ?"); params.add(scope.regionCode()); }
            }
            case FACILITATOR -> { sql.append(" and s.facilitator_id = ?"); params.add(scope.userId()); }
        }
        if (filter.regionCode() != null) { sql.append(" and s.region_code = ?"); params.add(filter.regionCode()); }
        if (filter.from() != null) { sql.append(" and s.starts_at >= ?"); params.add(startOf(filter.from())); }
        if (filter.to() != null) { sql.append(" and s.starts_at < ?"); params.add(startOf(filter.to().plusDays(1))); }
        content(sql, params, filter, src);
        return new Where(sql.toString(), params);
    }

    /** The condition on practice rows, or null when the scope or the filter leaves practice out. */
    static Where practice(Scope scope, ReportFilter filter, Source src) {
        if (!src.practicePossible() || !scope.national() || filter.regionCode() != null
                || filter.kind() == ReportFilter.SessionKind.CARAVAN) return null;
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(src.sessionCol());
        if (src.nilKey()) { sql.append(" = ?"); params.add(PRACTICE); } else sql.append(" is null");
        // Practice has no session: it is counted by whole months (the running totals keep one row per month).
        if (filter.from() != null) {
            LocalDate month = filter.from().withDayOfMonth(1);
            sql.append(" and ").append(src.dayCol()).append(" >= ?");
            params.add(src.dayIsDate() ? month : startOf(month));
        }
        if (filter.to() != null) {
            LocalDate next = filter.to().withDayOfMonth(1).plusMonths(1);
            sql.append(" and ").append(src.dayCol()).append(" < ?");
            params.add(src.dayIsDate() ? next : startOf(next));
        }
        content(sql, params, filter, src);
        return new Where(sql.toString(), params);
    }

    private static void content(StringBuilder sql, List<Object> params, ReportFilter filter, Source src) {
        and(sql, params, src.bandCol(), filter.ageBand());
        and(sql, params, src.quizCol(), filter.quizId());
        and(sql, params, src.topicCol(), filter.topic());
    }

    private static void and(StringBuilder sql, List<Object> params, String column, String value) {
        if (column != null && value != null) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    /** The day a practice row is filed under: the first of its month. */
    static LocalDate practiceDay(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime();
    }
}
