package ma.cybercaravane.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import java.util.regex.Pattern;

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
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The figures of the dashboard and of the regional workbook. Each reads the running totals in three grouped branches
 * (caravan sessions, reached from the sessions in scope; practice, by month; shows of hands, live) whose small results
 * are added up here, always limited by {@link ReportSql}. Callers refresh the totals first.
 */
@Component
class ReportQueries {

    /** Questions answered by fewer children are left out of the most-missed list (too few to say). */
    static final int MISSED_MIN_ANSWERS = 10;
    private static final Pattern SESSION_COLUMN = Pattern.compile("\\bs\\.[a-z_]+");

    /** A kind of totals: the table for devices and the view for shows of hands (same columns). */
    enum Totals {
        ITEMS("report_item_fact", "report_hand_item"),
        CHOICES("report_choice_fact", "report_hand_choice"),
        PARTICIPATION("report_participant_fact", "report_hand_run");

        final String devices;
        final String hands;

        Totals(String devices, String hands) {
            this.devices = devices;
            this.hands = hands;
        }
    }

    private final JdbcTemplate jdbc;
    private final Regions regions;
    private final QuestionTexts texts;

    ReportQueries(JdbcTemplate jdbc, Regions regions, QuestionTexts texts) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.texts = texts;
    }

    /**
     * Runs {@code select <columns> ... group by <groupBy>} over the caravan totals, the practice totals and the
     * show-of-hands rows (alias f, sessions alias s; s columns are null for practice), with {@code extra} conditions.
     * The handler gets each branch's rows (so it must add them up) and {@code rs.getString("branch")} tells which.
     */
    void branches(Scope scope, ReportFilter filter, Totals totals, String columns, List<String> groupBy, String extra,
                  List<Object> extraArgs, RowCallbackHandler handler) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        Where caravan = ReportSql.caravan(scope, filter, ReportSql.FACTS);
        Where practice = ReportSql.practice(scope, filter, ReportSql.FACTS);
        String group = groupBy.isEmpty() ? "" : " group by " + String.join(", ", groupBy);
        if (caravan != null) {
            for (String table : List.of(totals.devices, totals.hands)) {
                if (!sql.isEmpty()) sql.append(" union all ");
                sql.append("select '").append(table.equals(totals.hands) ? "H" : "C").append("' as branch, ").append(columns)
                        .append(" from caravan_session s join ").append(table).append(" f on f.session_key = s.id where ")
                        .append(caravan.sql()).append(extra).append(group);
                args.addAll(caravan.params());
                args.addAll(extraArgs);
            }
        }
        if (practice != null) {
            List<String> practiceGroup = groupBy.stream().filter(g -> !SESSION_COLUMN.matcher(g).matches()).toList();
            if (!sql.isEmpty()) sql.append(" union all ");
            sql.append("select 'P' as branch, ").append(SESSION_COLUMN.matcher(columns).replaceAll("null")).append(" from ")
                    .append(totals.devices).append(" f where ").append(practice.sql()).append(extra)
                    .append(practiceGroup.isEmpty() ? "" : " group by " + String.join(", ", practiceGroup));
            args.addAll(practice.params());
            args.addAll(extraArgs);
        }
        if (sql.isEmpty()) return;
        jdbc.query(sql.toString(), handler, args.toArray());
    }

    private void branches(Scope scope, ReportFilter filter, Totals totals, String columns, List<String> groupBy,
                          RowCallbackHandler handler) {
        branches(scope, filter, totals, columns, groupBy, "", List.of(), handler);
    }

    /** The regions the scope and the filter allow (all 12 for a national report), then practice when included. */
    List<RegionRow> regions(Scope scope, ReportFilter filter, Language language) {
        record Sums(Set<UUID> sessions, Set<UUID> sites, long[] v) {}
        Map<String, Sums> byRegion = new LinkedHashMap<>();
        java.util.function.Function<String, Sums> sums = code -> byRegion.computeIfAbsent(code,
                k -> new Sums(new HashSet<>(), new HashSet<>(), new long[5]));
        branches(scope, filter, Totals.PARTICIPATION, "s.region_code, s.id, s.site_id, "
                + "sum(case when f.age_band = 'parents' then 0 else f.children end), "
                + "sum(case when f.age_band = 'parents' then f.children else 0 end)",
                List.of("s.region_code", "s.id", "s.site_id"), (ResultSet rs) -> {
            Sums s = sums.apply(rs.getString(2));
            UUID session = rs.getObject(3, UUID.class);
            if (session != null) s.sessions().add(session);
            UUID site = rs.getObject(4, UUID.class);
            if (site != null) s.sites().add(site);
            s.v()[0] += rs.getLong(5);
            s.v()[1] += rs.getLong(6);
        });
        branches(scope, filter, Totals.ITEMS, "s.region_code, sum(f.children), sum(f.correct_children)",
                List.of("s.region_code"), (ResultSet rs) -> {
            Sums s = sums.apply(rs.getString(2));
            s.v()[2] += rs.getLong(3);
            s.v()[3] += rs.getLong(4);
        });
        Where h = ReportSql.where(scope, filter, ReportSql.HELP);
        jdbc.query("select s.region_code, count(*) from help_request h left join caravan_session s on s.id = h.session_id"
                + h.sql() + " group by s.region_code", (ResultSet rs) -> { sums.apply(rs.getString(1)).v()[4] += rs.getLong(2); },
                h.args());

        List<RegionRow> rows = new ArrayList<>();
        for (Region region : regions.all()) {
            if (!regionAllowed(scope, filter, region.code()) && !byRegion.containsKey(region.code())) continue;
            Sums s = byRegion.getOrDefault(region.code(), new Sums(Set.of(), Set.of(), new long[5]));
            rows.add(new RegionRow(region.code(), region.name(language), s.sessions().size(), s.sites().size(), s.v()[0],
                    s.v()[1], s.v()[2], s.v()[3], s.v()[4]));
        }
        Sums practice = byRegion.get(null);
        if (practice != null) {
            rows.add(new RegionRow(null, null, 0, 0, practice.v()[0], practice.v()[1], practice.v()[2], practice.v()[3], practice.v()[4]));
        }
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

    /** Right answers by topic and age band (weighted). */
    List<HeatCell> heat(Scope scope, ReportFilter filter) {
        Map<List<String>, long[]> cells = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        branches(scope, filter, Totals.ITEMS, "f.topic, f.age_band, sum(f.children), sum(f.correct_children)",
                List.of("f.topic", "f.age_band"), (ResultSet rs) -> add(cells, List.of(rs.getString(2), rs.getString(3)), rs, 2, 4, 0, 5, 1));
        return cells.entrySet().stream().map(e -> new HeatCell(e.getKey().get(0), e.getKey().get(1), e.getValue()[0],
                e.getValue()[1])).toList();
    }

    /** Every question answered, with its wrong answers; {@code limit} > 0: only the most missed ones. */
    List<QuestionRow> questions(Scope scope, ReportFilter filter, Language language, int limit) {
        Map<List<String>, long[]> sums = new HashMap<>();
        branches(scope, filter, Totals.ITEMS, "f.quiz_id, f.quiz_version, f.question_id, max(f.topic), sum(f.children), "
                + "sum(f.correct_children), sum(f.responses), sum(f.correct_responses)",
                List.of("f.quiz_id", "f.quiz_version", "f.question_id"), (ResultSet rs) -> {
            long[] v = sums.computeIfAbsent(List.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                    k -> new long[4]);
            v[0] += rs.getLong(6);
            v[1] += rs.getLong(7);
            if (!"H".equals(rs.getString(1))) {
                v[2] += rs.getLong(8);
                v[3] += rs.getLong(9);
            }
        });
        List<List<String>> keys = new ArrayList<>(sums.keySet());
        if (limit > 0) {
            keys.removeIf(k -> sums.get(k)[0] < MISSED_MIN_ANSWERS);
            keys.sort(Comparator.comparingDouble((List<String> k) -> -(double) (sums.get(k)[0] - sums.get(k)[1]) / sums.get(k)[0])
                    .thenComparing(k -> -sums.get(k)[0]).thenComparing(k -> String.join("/", k)));
            if (keys.size() > limit) keys = new ArrayList<>(keys.subList(0, limit));
        } else {
            keys.sort(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> Integer.parseInt(k.get(1)))
                    .thenComparing(k -> texts.position(k.get(0), k.get(2))));
        }
        Map<String, List<WrongAnswer>> wrong = wrongAnswers(scope, filter, language, keys);
        List<QuestionRow> rows = new ArrayList<>();
        for (List<String> k : keys) {
            long[] v = sums.get(k);
            rows.add(new QuestionRow(k.get(0), Integer.parseInt(k.get(1)), k.get(2), k.get(3),
                    texts.questionText(k.get(0), k.get(2), language), v[0], v[1], v[2], v[3],
                    wrong.getOrDefault(k.get(0) + '/' + k.get(1) + '/' + k.get(2), List.of())));
        }
        return rows;
    }

    private Map<String, List<WrongAnswer>> wrongAnswers(Scope scope, ReportFilter filter, Language language, List<List<String>> questions) {
        Map<String, Map<String, Long>> byChoice = new HashMap<>();
        if (questions.isEmpty()) return Map.of();
        // The questions by (quiz, question): the index on these two columns reads only their rows.
        String pairs = String.join(",", questions.stream().map(q -> "(?,?)").toList());
        List<Object> pairArgs = new ArrayList<>();
        questions.forEach(q -> { pairArgs.add(q.get(0)); pairArgs.add(q.get(2)); });
        Set<String> wanted = new HashSet<>();
        questions.forEach(q -> wanted.add(q.get(0) + '/' + q.get(1) + '/' + q.get(2)));
        branches(scope, filter, Totals.CHOICES, "f.quiz_id, f.quiz_version, f.question_id, f.choice_ids, sum(f.children)",
                List.of("f.quiz_id", "f.quiz_version", "f.question_id", "f.choice_ids"),
                " and f.correct = false and (f.quiz_id, f.question_id) in (" + pairs + ")", pairArgs, (ResultSet rs) -> {
            String key = rs.getString(2) + '/' + rs.getInt(3) + '/' + rs.getString(4);
            if (wanted.contains(key)) byChoice.computeIfAbsent(key, k -> new HashMap<>()).merge(rs.getString(5), rs.getLong(6), Long::sum);
        });
        Map<String, List<WrongAnswer>> wrong = new HashMap<>();
        byChoice.forEach((key, choices) -> {
            String[] k = key.split("/", 3);
            List<WrongAnswer> list = new ArrayList<>();
            choices.forEach((ids, children) -> list.add(new WrongAnswer(ids, texts.choices(k[0], k[2], ids, language), children)));
            list.sort(Comparator.comparingLong(WrongAnswer::children).reversed().thenComparing(WrongAnswer::choiceIds));
            wrong.put(key, list);
        });
        return wrong;
    }

    /** Caravan sessions with results and children reached, per month of the session (of the practice). */
    List<MonthRow> months(Scope scope, ReportFilter filter) {
        Map<YearMonth, long[]> months = new TreeMap<>();
        Map<YearMonth, Set<UUID>> sessions = new HashMap<>();
        branches(scope, filter, Totals.PARTICIPATION, "s.id, s.starts_at, f.local_day, sum(f.children)",
                List.of("s.id", "s.starts_at", "f.local_day"), (ResultSet rs) -> {
            OffsetDateTime starts = rs.getObject(3, OffsetDateTime.class);
            YearMonth month = starts != null ? YearMonth.from(starts.atZoneSameInstant(ReportSql.ZONE))
                    : YearMonth.from(rs.getObject(4, LocalDate.class));
            months.computeIfAbsent(month, m -> new long[1])[0] += rs.getLong(5);
            if (starts != null) sessions.computeIfAbsent(month, m -> new HashSet<>()).add(rs.getObject(2, UUID.class));
        });
        return months.entrySet().stream().map(e -> new MonthRow(e.getKey(),
                sessions.getOrDefault(e.getKey(), Set.of()).size(), e.getValue()[0])).toList();
    }

    /**
     * Knowledge gain by topic and region: right answers after (round 1) minus before (round 0), counted only in the
     * sessions where the same quiz was played both before and after.
     */
    List<GainRow> gains(Scope scope, ReportFilter filter, Language language) {
        record Part(UUID session, String quiz, String topic, String region, int round, long answers, long correct) {}
        List<Part> parts = new ArrayList<>();
        branches(scope, filter.kind() == ReportFilter.SessionKind.ALL ? filter.withKind(ReportFilter.SessionKind.CARAVAN) : filter,
                Totals.ITEMS, "s.id, f.quiz_id, f.topic, s.region_code, f.round, sum(f.children), sum(f.correct_children)",
                List.of("s.id", "f.quiz_id", "f.topic", "s.region_code", "f.round"), (ResultSet rs) -> {
            parts.add(new Part(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                    rs.getLong(7), rs.getLong(8)));
        });
        Map<String, Integer> rounds = new HashMap<>();
        for (Part p : parts) rounds.merge(p.session() + "/" + p.quiz(), 1 << Math.min(p.round(), 1), (a, b) -> a | b);
        Map<List<String>, long[]> gains = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Part p : parts) {
            if (p.session() == null || rounds.get(p.session() + "/" + p.quiz()) != 3) continue;
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
        Map<String, long[]> modes = new LinkedHashMap<>();
        for (String mode : List.of("SOLO", "TEAM", "HANDS")) modes.put(mode, new long[3]);
        branches(scope, filter, Totals.PARTICIPATION, "f.mode, sum(f.participants), sum(f.children)", List.of("f.mode"),
                (ResultSet rs) -> add(modes, rs.getString(2), rs, 3, 3, 0, 4, 1));
        branches(scope, filter, Totals.ITEMS, "f.mode, sum(f.children)", List.of("f.mode"),
                (ResultSet rs) -> add(modes, rs.getString(2), rs, 3, 3, 2));
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
        ReportFilter caravanOnly = filter.kind() == ReportFilter.SessionKind.ALL ? filter.withKind(ReportFilter.SessionKind.CARAVAN) : filter;
        String one = only == null ? "" : " and s.id = ?";
        List<Object> oneArg = only == null ? List.of() : List.of(only);
        Map<UUID, long[]> sums = new HashMap<>();
        branches(scope, caravanOnly, Totals.PARTICIPATION, "s.id, sum(f.participants), "
                + "sum(case when f.age_band = 'parents' then 0 else f.children end), "
                + "sum(case when f.age_band = 'parents' then f.children else 0 end)", List.of("s.id"), one, oneArg, (ResultSet rs) -> {
            add(sums, rs.getObject(2, UUID.class), rs, 6, 3, 0, 4, 1, 5, 2);
        });
        branches(scope, caravanOnly, Totals.ITEMS, "s.id, sum(f.children), sum(f.correct_children)", List.of("s.id"), one, oneArg,
                (ResultSet rs) -> add(sums, rs.getObject(2, UUID.class), rs, 6, 3, 3, 4, 4));
        Where h = ReportSql.where(scope, caravanOnly, ReportSql.HELP);
        jdbc.query("select h.session_id, count(*) from help_request h left join caravan_session s on s.id = h.session_id"
                + h.sql() + " and s.id is not null" + (only == null ? "" : " and h.session_id = ?") + " group by h.session_id",
                (ResultSet rs) -> { sums.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[6])[5] = rs.getLong(2); },
                withOne(h, only));

        boolean contentFilter = filter.ageBand() != null || filter.quizId() != null || filter.topic() != null;
        Where sw = ReportSql.where(scope, caravanOnly, ReportSql.SESSIONS);
        List<SessionRow> rows = new ArrayList<>();
        jdbc.query("select s.id, s.starts_at, s.region_code, st.name, st.kind, st.city, st.host_organization, s.audience, s.mode, "
                + "s.status, s.before_after, u.display_name, s.notes from caravan_session s left join site st on st.id = s.site_id "
                + "left join app_user u on u.id = s.facilitator_id" + sw.sql() + one + " order by s.starts_at, s.id", (ResultSet rs) -> {
            UUID id = rs.getObject(1, UUID.class);
            long[] v = sums.get(id);
            if (v == null && contentFilter) return;
            if (v == null) v = new long[6];
            String region = rs.getString(3);
            rows.add(new SessionRow(id, rs.getObject(2, OffsetDateTime.class), region,
                    regions.byCode(region).map(r -> r.name(language)).orElse(region), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11),
                    rs.getString(12), rs.getString(13), v[0], v[1], v[2], v[3], v[4], v[5]));
        }, withOne(sw, only));
        return rows;
    }

    /** Adds columns of the row to a key's counters ({@code size} of them): pairs (column, counter index). */
    private static <K> void add(Map<K, long[]> sums, K key, ResultSet rs, int size, int... columnCounter) throws SQLException {
        long[] v = sums.computeIfAbsent(key, k -> new long[size]);
        for (int i = 0; i < columnCounter.length; i += 2) v[columnCounter[i + 1]] += rs.getLong(columnCounter[i]);
    }

    private static Object[] withOne(Where where, UUID only) {
        List<Object> args = new ArrayList<>(where.params());
        if (only != null) args.add(only);
        return args.toArray();
    }
}
