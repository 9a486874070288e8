package ma.cybercaravane.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ma.cybercaravane.accounts.Scope;

/**
 * The WHERE clause every report query ends with: the organizer's scope (admin: everything; coordinator: their
 * region's sessions; facilitator: their own sessions; practice has no region, so only admins see it) and the filters.
 * The query joins {@code caravan_session s} (left join) on the session column of its row source.
 */
final class ReportSql {

    /** Practice results are filed under this key in the fact tables (a key column cannot be null). */
    static final UUID PRACTICE = new UUID(0, 0);
    /** Days and months are counted in the server's time zone (the caravan's laptops and servers run on Moroccan time). */
    static final ZoneId ZONE = ZoneId.systemDefault();

    /**
     * Where a query finds its columns. {@code nilKey}: practice rows carry {@link #PRACTICE} instead of null;
     * {@code dayIsDate}: the practice day column is a date (else a timestamp). Null columns are not filtered on.
     */
    record Source(String sessionCol, boolean nilKey, String dayCol, boolean dayIsDate, String bandCol, String quizCol,
                  String topicCol, boolean practicePossible) {}

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

    static Where where(Scope scope, ReportFilter filter, Source src) {
        List<Object> params = new ArrayList<>();
        StringBuilder caravan = new StringBuilder("s.id is not null");
        switch (scope.role()) {
            case ADMIN -> { }
            case COORDINATOR -> {
                if (scope.regionCode() == null) caravan.append(" and 1=0");
                else { caravan.append(" and s.region_code = ?"); params.add(scope.regionCode()); }
            }
            case FACILITATOR -> { caravan.append(" and s.facilitator_id = ?"); params.add(scope.userId()); }
        }
        if (filter.regionCode() != null) { caravan.append(" and s.region_code = ?"); params.add(filter.regionCode()); }
        if (filter.from() != null) { caravan.append(" and s.starts_at >= ?"); params.add(startOf(filter.from())); }
        if (filter.to() != null) { caravan.append(" and s.starts_at < ?"); params.add(startOf(filter.to().plusDays(1))); }

        boolean withCaravan = filter.kind() != ReportFilter.SessionKind.PRACTICE;
        boolean withPractice = src.practicePossible() && scope.national() && filter.regionCode() == null
                && filter.kind() != ReportFilter.SessionKind.CARAVAN;
        List<Object> practiceParams = new ArrayList<>();
        StringBuilder practice = new StringBuilder(src.sessionCol());
        if (src.nilKey()) { practice.append(" = ?"); practiceParams.add(PRACTICE); } else practice.append(" is null");
        if (filter.from() != null) {
            practice.append(" and ").append(src.dayCol()).append(" >= ?");
            practiceParams.add(src.dayIsDate() ? filter.from() : startOf(filter.from()));
        }
        if (filter.to() != null) {
            practice.append(" and ").append(src.dayCol()).append(src.dayIsDate() ? " <= ?" : " < ?");
            practiceParams.add(src.dayIsDate() ? filter.to() : startOf(filter.to().plusDays(1)));
        }

        StringBuilder sql = new StringBuilder(" where ");
        if (withCaravan && withPractice) {
            sql.append("((").append(caravan).append(") or (").append(practice).append("))");
            params.addAll(practiceParams);
        } else if (withCaravan) {
            sql.append('(').append(caravan).append(')');
        } else if (withPractice) {
            sql.append('(').append(practice).append(')');
            params.clear();
            params.addAll(practiceParams);
        } else {
            sql.append("1=0");
            params.clear();
        }
        and(sql, params, src.bandCol(), filter.ageBand());
        and(sql, params, src.quizCol(), filter.quizId());
        and(sql, params, src.topicCol(), filter.topic());
        return new Where(sql.toString(), params);
    }

    private static void and(StringBuilder sql, List<Object> params, String column, String value) {
        if (column != null && value != null) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime();
    }
}
