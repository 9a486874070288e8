package ma.cybercaravane.reports;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.reports.Dashboard.GainRow;
import ma.cybercaravane.reports.Dashboard.HeatCell;
import ma.cybercaravane.reports.Dashboard.ModeRow;
import ma.cybercaravane.reports.Dashboard.MonthRow;
import ma.cybercaravane.reports.Dashboard.QuestionRow;
import ma.cybercaravane.reports.Dashboard.RegionRow;
import ma.cybercaravane.reports.Dashboard.WrongAnswer;
import ma.cybercaravane.reports.ReportSql.Where;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Region;
import ma.cybercaravane.shared.Regions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of the dashboard and of the regional workbook, one SQL query each, read from the views of V31 (running
 * totals plus live show-of-hands counts) and always limited by {@link ReportSql#where}. Callers refresh the totals first.
 */
@Component
class ReportQueries {

    /** Questions answered by fewer children are left out of the most-missed list (too few to say). */
    static final int MISSED_MIN_ANSWERS = 10;
    private static final String ITEMS = " from report_item f left join caravan_session s on s.id = f.session_key";
    private static final String PARTICIPATION = " from report_participation f left join caravan_session s on s.id = f.session_key";

    private final JdbcTemplate jdbc;
    private final Regions regions;
    private final QuestionTexts texts;

    ReportQueries(JdbcTemplate jdbc, Regions regions, QuestionTexts texts) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.texts = texts;
    }

    /** The regions the scope and the filter allow (all 12 for a national report), then practice when included. */
    List<RegionRow> regions(Scope scope, ReportFilter filter, Language language) {
        Map<String, long[]> byRegion = new LinkedHashMap<>();
        Where w = ReportSql.where(scope, filter, ReportSql.FACTS);
        jdbc.query("select s.region_code, count(distinct s.id), count(distinct s.site_id), "
                + "sum(case when f.age_band = 'parents' then 0 else f.children end), "
                + "sum(case when f.age_band = 'parents' then f.children else 0 end)" + PARTICIPATION + w.sql()
                + " group by s.region_code", (ResultSet rs) -> {
            long[] v = byRegion.computeIfAbsent(rs.getString(1), k -> new long[7]);
            v[0] = rs.getLong(2);
            v[1] = rs.getLong(3);
            v[2] = rs.getLong(4);
            v[3] = rs.getLong(5);
        }, w.args());
        jdbc.query("select s.region_code, sum(f.children), sum(f.correct_children)" + ITEMS + w.sql() + " group by s.region_code",
                (ResultSet rs) -> {
            long[] v = byRegion.computeIfAbsent(rs.getString(1), k -> new long[7]);
            v[4] = rs.getLong(2);
            v[5] = rs.getLong(3);
        }, w.args());
        Where h = ReportSql.where(scope, filter, ReportSql.HELP);
        jdbc.query("select s.region_code, count(*) from help_request h left join caravan_session s on s.id = h.session_id"
                + h.sql() + " group by s.region_code", (ResultSet rs) -> {
            byRegion.computeIfAbsent(rs.getString(1), k -> new long[7])[6] = rs.getLong(2);
        }, h.args());

        List<RegionRow> rows = new ArrayList<>();
        for (Region region : regions.all()) {
            if (!regionAllowed(scope, filter, region.code()) && !byRegion.containsKey(region.code())) continue;
            rows.add(row(region.code(), region.name(language), byRegion.getOrDefault(region.code(), new long[7])));
        }
        if (byRegion.containsKey(null)) rows.add(row(null, null, byRegion.get(null)));
        return rows;
    }

    private static boolean regionAllowed(Scope scope, ReportFilter filter, String code) {
        if (filter.regionCode() != null && !filter.regionCode().equals(code)) return false;
        if (filter.kind() == ReportFilter.SessionKind.PRACTICE) return false;
        return switch (scope.role()) {
            case ADMIN, FACILITATOR -> true;
            case COORDINATOR -> code.equals(scope.regionCode());
        };
    }

    private static RegionRow row(String code, String name, long[] v) {
        return new RegionRow(code, name, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    /** Right answers by topic and age band (weighted). */
    List<HeatCell> heat(Scope scope, ReportFilter filter) {
        Where w = ReportSql.where(scope, filter, ReportSql.FACTS);
        return jdbc.query("select f.topic, f.age_band, sum(f.children), sum(f.correct_children)" + ITEMS + w.sql()
                        + " group by f.topic, f.age_band",
                (rs, i) -> new HeatCell(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), w.args());
    }

    /** Every question answered, with its wrong answers; {@code limit} > 0: only the most missed ones. */
    List<QuestionRow> questions(Scope scope, ReportFilter filter, Language language, int limit) {
        Where w = ReportSql.where(scope, filter, ReportSql.FACTS);
        List<long[]> sums = new ArrayList<>();
        List<String[]> keys = new ArrayList<>();
        jdbc.query("select f.quiz_id, f.quiz_version, f.question_id, max(f.topic), sum(f.children), sum(f.correct_children), "
                + "sum(case when f.mode = 'HANDS' then 0 else f.responses end), "
                + "sum(case when f.mode = 'HANDS' then 0 else f.correct_responses end)" + ITEMS + w.sql()
                + " group by f.quiz_id, f.quiz_version, f.question_id", (ResultSet rs) -> {
            keys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            sums.add(new long[] {rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)});
        }, w.args());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) order.add(i);
        if (limit > 0) {
            order.removeIf(i -> sums.get(i)[0] < MISSED_MIN_ANSWERS);
            order.sort(Comparator.comparingDouble((Integer i) -> -(double) (sums.get(i)[0] - sums.get(i)[1]) / sums.get(i)[0])
                    .thenComparing(i -> -sums.get(i)[0]));
            if (order.size() > limit) order = new ArrayList<>(order.subList(0, limit));
        } else {
            order.sort(Comparator.comparing((Integer i) -> keys.get(i)[0]).thenComparing(i -> Integer.parseInt(keys.get(i)[1]))
                    .thenComparing(i -> texts.position(keys.get(i)[0], keys.get(i)[2])));
        }
        Map<String, List<WrongAnswer>> wrong = wrongAnswers(scope, filter, language,
                order.stream().map(keys::get).toList(), limit > 0);
        List<QuestionRow> rows = new ArrayList<>();
        for (int i : order) {
            String[] k = keys.get(i);
            long[] v = sums.get(i);
            rows.add(new QuestionRow(k[0], Integer.parseInt(k[1]), k[2], k[3], texts.questionText(k[0], k[2], language),
                    v[0], v[1], v[2], v[3], wrong.getOrDefault(k[0] + '/' + k[1] + '/' + k[2], List.of())));
        }
        return rows;
    }

    private Map<String, List<WrongAnswer>> wrongAnswers(Scope scope, ReportFilter filter, Language language,
                                                       List<String[]> questions, boolean onlyThese) {
        Map<String, List<WrongAnswer>> wrong = new HashMap<>();
        if (questions.isEmpty()) return wrong;
        Where w = ReportSql.where(scope, filter, ReportSql.FACTS);
        StringBuilder sql = new StringBuilder("select f.quiz_id, f.quiz_version, f.question_id, f.choice_ids, sum(f.children)"
                + " from report_choice f left join caravan_session s on s.id = f.session_key").append(w.sql()).append(" and f.correct = false");
        List<Object> args = new ArrayList<>(w.params());
        if (onlyThese) {
            sql.append(" and f.quiz_id in (");
            Set<String> quizzes = new HashSet<>();
            questions.forEach(q -> quizzes.add(q[0]));
            sql.append(String.join(",", quizzes.stream().map(q -> "?").toList())).append(')');
            args.addAll(quizzes);
        }
        sql.append(" group by f.quiz_id, f.quiz_version, f.question_id, f.choice_ids");
        jdbc.query(sql.toString(), (ResultSet rs) -> {
            String key = rs.getString(1) + '/' + rs.getInt(2) + '/' + rs.getString(3);
            wrong.computeIfAbsent(key, k -> new ArrayList<>()).add(new WrongAnswer(rs.getString(4),
                    texts.choices(rs.getString(1), rs.getString(3), rs.getString(4), language), rs.getLong(5)));
        }, args.toArray());
        wrong.values().forEach(list -> list.sort(Comparator.comparingLong(WrongAnswer::children).reversed()
                .thenComparing(WrongAnswer::choiceIds)));
        return wrong;
    }

    /** Caravan sessions with results and children reached, per month of the session (of the practice day). */
    List<MonthRow> months(Scope scope, ReportFilter filter) {
        Where w = ReportSql.where(scope, filter, ReportSql.FACTS);
        Map<YearMonth, long[]> months = new TreeMap<>();
        Map<YearMonth, Set<UUID>> sessions = new HashMap<>();
        jdbc.query("select f.session_key, min(s.starts_at), f.local_day, sum(f.children)" + PARTICIPATION + w.sql()
                + " group by f.session_key, f.local_day", (ResultSet rs) -> {
            OffsetDateTime starts = rs.getObject(2, OffsetDateTime.class);
            YearMonth month = starts != null ? YearMonth.from(starts.atZoneSameInstant(ReportSql.ZONE))
                    : YearMonth.from(rs.getObject(3, LocalDate.class));
            months.computeIfAbsent(month, m -> new long[2])[1] += rs.getLong(4);
            if (starts != null) sessions.computeIfAbsent(month, m -> new HashSet<>()).add(rs.getObject(1, UUID.class));
        }, w.args());
        return months.entrySet().stream().map(e -> new MonthRow(e.getKey(),
                sessions.getOrDefault(e.getKey(), Set.of()).size(), e.getValue()[1])).toList();
    }

    /**
     * Knowledge gain by topic and region: right answers after (round 1) minus before (round 0), counted only in the
     * sessions where the same quiz was played both before and after.
     */
    List<GainRow> gains(Scope scope, ReportFilter filter, Language language) {
        Where w = ReportSql.where(scope, filter, ReportSql.FACTS);
        record Part(UUID session, String quiz, String topic, String region, int round, long answers, long correct) {}
        List<Part> parts = new ArrayList<>();
        jdbc.query("select f.session_key, f.quiz_id, f.topic, s.region_code, f.round, sum(f.children), sum(f.correct_children)"
                + ITEMS + w.sql() + " and s.id is not null group by f.session_key, f.quiz_id, f.topic, s.region_code, f.round",
                (ResultSet rs) -> {
            parts.add(new Part(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                    rs.getLong(6), rs.getLong(7)));
        }, w.args());
        Map<String, Integer> rounds = new HashMap<>();
        for (Part p : parts) rounds.merge(p.session() + "/" + p.quiz(), 1 << Math.min(p.round(), 1), (a, b) -> a | b);
        Map<List<String>, long[]> gains = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Part p : parts) {
            if (rounds.get(p.session() + "/" + p.quiz()) != 3) continue;
            long[] v = gains.computeIfAbsent(List.of(p.topic(), p.region()), k -> new long[4]);
            int at = p.round() == 0 ? 0 : 2;
            v[at] += p.answers();
            v[at + 1] += p.correct();
        }
        return gains.entrySet().stream().map(e -> new GainRow(e.getKey().get(0), e.getKey().get(1),
                regions.byCode(e.getKey().get(1)).map(r -> r.name(language)).orElse(e.getKey().get(1)),
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    }

    /** How many results come from each way of answering: alone on a device, as a team, by a show of hands. */
    List<ModeRow> modes(Scope scope, ReportFilter filter) {
        Where w = ReportSql.where(scope, filter, ReportSql.FACTS);
        Map<String, long[]> modes = new LinkedHashMap<>();
        for (String mode : List.of("SOLO", "TEAM", "HANDS")) modes.put(mode, new long[3]);
        jdbc.query("select f.mode, sum(f.participants), sum(f.children)" + PARTICIPATION + w.sql() + " group by f.mode",
                (ResultSet rs) -> {
            long[] v = modes.computeIfAbsent(rs.getString(1), k -> new long[3]);
            v[0] = rs.getLong(2);
            v[1] = rs.getLong(3);
        }, w.args());
        jdbc.query("select f.mode, sum(f.children)" + ITEMS + w.sql() + " group by f.mode",
                (ResultSet rs) -> { modes.computeIfAbsent(rs.getString(1), k -> new long[3])[2] = rs.getLong(2); }, w.args());
        return modes.entrySet().stream().map(e -> new ModeRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** A caravan session with its results (within the filter). */
    record SessionRow(UUID id, OffsetDateTime startsAt, String regionCode, String regionName, String site, String siteKind,
                      String city, String host, String audience, String mode, String status, boolean beforeAfter,
                      String facilitator, String notes, long participations, long children, long parents, long answers,
                      long correct, long helpRequests) {
        Double score() {
            return Dashboard.ratio(correct, answers);
        }
    }

    /**
     * The caravan sessions of the report, oldest first ({@code only}: that session alone). With an age band, quiz or
     * topic filter, only the sessions with such results.
     */
    List<SessionRow> sessions(Scope scope, ReportFilter filter, Language language, UUID only) {
        Where w = ReportSql.where(scope, filter, ReportSql.FACTS);
        String one = only == null ? "" : " and f.session_key = ?";
        Object[] args = only == null ? w.args() : append(w.params(), only);
        Map<UUID, long[]> sums = new HashMap<>();
        jdbc.query("select f.session_key, sum(f.participants), sum(case when f.age_band = 'parents' then 0 else f.children end), "
                + "sum(case when f.age_band = 'parents' then f.children else 0 end)" + PARTICIPATION + w.sql()
                + " and s.id is not null" + one + " group by f.session_key", (ResultSet rs) -> {
            long[] v = sums.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[6]);
            v[0] = rs.getLong(2);
            v[1] = rs.getLong(3);
            v[2] = rs.getLong(4);
        }, args);
        jdbc.query("select f.session_key, sum(f.children), sum(f.correct_children)" + ITEMS + w.sql() + " and s.id is not null"
                + one + " group by f.session_key", (ResultSet rs) -> {
            long[] v = sums.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[6]);
            v[3] = rs.getLong(2);
            v[4] = rs.getLong(3);
        }, args);
        Where h = ReportSql.where(scope, filter, ReportSql.HELP);
        jdbc.query("select h.session_id, count(*) from help_request h left join caravan_session s on s.id = h.session_id"
                + h.sql() + " and s.id is not null" + (only == null ? "" : " and h.session_id = ?") + " group by h.session_id",
                (ResultSet rs) -> { sums.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[6])[5] = rs.getLong(2); },
                only == null ? h.args() : append(h.params(), only));

        boolean contentFilter = filter.ageBand() != null || filter.quizId() != null || filter.topic() != null;
        Where sw = ReportSql.where(scope, filter, ReportSql.SESSIONS);
        List<SessionRow> rows = new ArrayList<>();
        jdbc.query("select s.id, s.starts_at, s.region_code, st.name, st.kind, st.city, st.host_organization, s.audience, s.mode, "
                + "s.status, s.before_after, u.display_name, s.notes from caravan_session s left join site st on st.id = s.site_id "
                + "left join app_user u on u.id = s.facilitator_id" + sw.sql() + (only == null ? "" : " and s.id = ?")
                + " order by s.starts_at, s.id", (ResultSet rs) -> {
            UUID id = rs.getObject(1, UUID.class);
            long[] v = sums.get(id);
            if (v == null && contentFilter) return;
            if (v == null) v = new long[6];
            String region = rs.getString(3);
            rows.add(new SessionRow(id, rs.getObject(2, OffsetDateTime.class), region,
                    regions.byCode(region).map(r -> r.name(language)).orElse(region), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11),
                    rs.getString(12), rs.getString(13), v[0], v[1], v[2], v[3], v[4], v[5]));
        }, only == null ? sw.args() : append(sw.params(), only));
        return rows;
    }

    private static Object[] append(List<Object> params, Object extra) {
        List<Object> all = new ArrayList<>(params);
        all.add(extra);
        return all.toArray();
    }
}
