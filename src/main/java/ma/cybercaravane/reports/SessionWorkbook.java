package ma.cybercaravane.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.reports.RawAnswers.Answer;
import ma.cybercaravane.reports.RegionalWorkbook.Progress;
import ma.cybercaravane.reports.ReportQueries.SessionRow;
import ma.cybercaravane.reports.ReportSql.Where;
import ma.cybercaravane.reports.ReportWorkbook.Table;
import ma.cybercaravane.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The workbook of one caravan session: Overview, Participants (nickname, band, language, score), Questions (item
 * analysis), one sheet per question (answers per choice, then each participant's answer), Raw (one row per answer),
 * About. A session outside the organizer's scope is refused.
 */
@Component
class SessionWorkbook {

    private final JdbcTemplate jdbc;
    private final ReportQueries queries;
    private final RawAnswers raw;
    private final QuestionTexts texts;
    private final ReportSheets sheets;

    SessionWorkbook(JdbcTemplate jdbc, ReportQueries queries, RawAnswers raw, QuestionTexts texts, ReportSheets sheets) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.raw = raw;
        this.texts = texts;
        this.sheets = sheets;
    }

    /** The session as the organizer may see it; refused when it is not in their scope (or does not exist). */
    SessionRow session(Scope scope, UUID sessionId, Language language) {
        return queries.sessions(scope, ReportFilter.all(), language, sessionId).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("session not in scope"));
    }

    long write(Scope scope, UUID sessionId, Language language, OutputStream out, Progress progress) throws IOException {
        SessionRow session = session(scope, sessionId, language);
        ReportFilter all = ReportFilter.all();
        long total = Math.max(1, raw.estimate(scope, all, sessionId));
        progress.update(0, total);
        try (ReportWorkbook wb = new ReportWorkbook(language)) {
            List<String> quizzes = jdbc.queryForList("select quiz_id from session_quiz where session_id = ? order by position",
                    String.class, sessionId);
            Map<String, Map<String, long[]>> counts = choiceCounts(scope, sessionId);
            overview(wb, session, quizzes, scope);
            Table participants = wb.table(wb.t("reports.sheet.participants"), new int[] {20, 12, 9, 12, 8, 22, 10, 10, 10, 10, 10, 10},
                    wb.t("reports.col.nickname"), wb.t("reports.col.band"), wb.t("reports.col.language"), wb.t("reports.col.mode"),
                    wb.t("reports.col.teamSize"), wb.t("reports.col.quiz"), wb.t("reports.col.answered"), wb.t("reports.col.rightAnswers"),
                    wb.t("reports.col.score"), wb.t("reports.col.answeredAfter"), wb.t("reports.col.rightAfter"), wb.t("reports.col.scoreAfter"));
            Table questions = wb.table(wb.t("reports.sheet.questions"), ReportSheets.QUESTION_WIDTHS, sheets.questionHeaders(wb));
            Map<String, Table> questionSheets = questionSheets(wb, quizzes, counts);
            RawColumns columns = new RawColumns(raw.sessions(scope, all, sessionId, language), wb::t, texts);
            Table rawSheet = wb.table(wb.t("reports.sheet.raw"), RawColumns.WIDTHS, columns.headers()).plain();
            ItemAnalysis analysis = new ItemAnalysis();
            long[] done = {0};
            raw.stream(scope, all, sessionId, answers -> {
                analysis.participant(answers);
                participantRow(wb, participants, answers);
                for (Answer a : answers) {
                    if (a.questionId() == null) continue;
                    Table sheet = questionSheets.get(a.quizId() + '/' + a.questionId());
                    if (sheet != null) {
                        sheet.row().text(a.nickname()).text(wb.t("band." + a.band())).number(a.weight()).number(a.round())
                                .text(texts.choices(a.quizId(), a.questionId(), a.choiceIds(), language))
                                .text(wb.t(a.correct() ? "reports.yes" : "reports.no"))
                                .decimal(a.timeMs() == null ? null : a.timeMs() / 1000.0);
                    }
                    columns.write(a, rawSheet.row());
                    if (++done[0] % 1000 == 0) progress.update(done[0], Math.max(total, done[0]));
                }
            }, a -> {
                analysis.hands(a);
                columns.write(a, rawSheet.row());
                done[0]++;
            });
            participants.filter();
            questionSheets.values().forEach(Table::filter);
            rawSheet.filter();
            sheets.questions(wb, questions, analysis);
            sheets.about(wb, scope, all, done[0]);
            wb.write(out);
            progress.update(total, total);
            return wb.cells();
        }
    }

    private void overview(ReportWorkbook wb, SessionRow s, List<String> quizzes, Scope scope) {
        Table t = wb.table(wb.t("reports.sheet.overview"), new int[] {28, 60}, wb.t("reports.about.item"), wb.t("reports.about.value"));
        t.row().text(wb.t("reports.col.site")).text(s.site());
        t.row().text(wb.t("reports.col.siteKind")).text(s.siteKind());
        t.row().text(wb.t("reports.col.city")).text(s.city());
        t.row().text(wb.t("reports.col.region")).text(s.regionName());
        t.row().text(wb.t("reports.col.date")).dateTime(s.startsAt());
        t.row().text(wb.t("reports.col.audience")).text(s.audience());
        t.row().text(wb.t("reports.col.mode")).text(s.mode());
        t.row().text(wb.t("reports.col.status")).text(s.status());
        t.row().text(wb.t("reports.col.beforeAfter")).text(wb.t(s.beforeAfter() ? "reports.yes" : "reports.no"));
        t.row().text(wb.t("reports.col.facilitator")).text(s.facilitator());
        t.row().text(wb.t("reports.col.host")).text(s.host());
        t.row().text(wb.t("reports.col.notes")).text(s.notes());
        t.row().text(wb.t("reports.col.quizzes")).text(String.join(", ", quizzes.stream().map(q -> texts.quizTitle(q, wb.language)).toList()));
        t.row().text(wb.t("reports.col.participations")).number(s.participations());
        t.row().text(wb.t("reports.col.children")).number(s.children());
        t.row().text(wb.t("reports.col.parents")).number(s.parents());
        t.row().text(wb.t("reports.col.answers")).number(s.answers());
        t.row().text(wb.t("reports.col.correct")).number(s.correct());
        t.row().text(wb.t("reports.col.score")).percent(s.score());
        t.row().text(wb.t("reports.col.help")).number(s.helpRequests());
        t.skip();
        t.headings(wb.t("reports.col.band"), wb.t("reports.col.participations"), wb.t("reports.col.children"));
        Where w = ReportSql.where(scope, ReportFilter.all(), ReportSql.FACTS);
        List<Object> args = new ArrayList<>(w.params());
        args.add(s.id());
        jdbc.query("select f.age_band, sum(f.participants), sum(f.children) from report_participation f "
                + "left join caravan_session s on s.id = f.session_key" + w.sql() + " and f.session_key = ? group by f.age_band "
                + "order by f.age_band", (ResultSet rs) -> {
            t.row().text(wb.t("band." + rs.getString(1))).number(rs.getLong(2)).number(rs.getLong(3));
        }, args.toArray());
    }

    private static void participantRow(ReportWorkbook wb, Table t, List<Answer> answers) {
        Answer first = answers.getFirst();
        int[] counts = new int[4];
        for (Answer a : answers) {
            if (a.questionId() == null) continue;
            int at = a.round() == 0 ? 0 : 2;
            counts[at]++;
            if (a.correct()) counts[at + 1]++;
        }
        t.row().text(first.nickname()).text(wb.t("band." + first.band())).text(first.language())
                .text(wb.t("reports.mode." + first.mode())).number(first.weight()).text(first.quizId())
                .number(counts[0]).number(counts[1]).percent(Dashboard.ratio(counts[1], counts[0]));
        if (counts[2] > 0) t.number(counts[2]).number(counts[3]).percent(Dashboard.ratio(counts[3], counts[2]));
    }

    /** Per question and choice: [device answers, children behind them, raised hands]. */
    private Map<String, Map<String, long[]>> choiceCounts(Scope scope, UUID sessionId) {
        Where w = ReportSql.where(scope, ReportFilter.all(), ReportSql.FACTS);
        List<Object> args = new ArrayList<>(w.params());
        args.add(sessionId);
        Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();
        jdbc.query("select f.quiz_id, f.question_id, f.source, f.choice_ids, sum(f.responses), sum(f.children) from report_choice f "
                + "left join caravan_session s on s.id = f.session_key" + w.sql() + " and f.session_key = ? "
                + "group by f.quiz_id, f.question_id, f.source, f.choice_ids", (ResultSet rs) -> {
            Map<String, long[]> byChoice = counts.computeIfAbsent(rs.getString(1) + '/' + rs.getString(2), k -> new LinkedHashMap<>());
            boolean hands = "HANDS".equals(rs.getString(3));
            for (String choice : rs.getString(4).split(",")) {
                long[] v = byChoice.computeIfAbsent(choice.strip(), k -> new long[3]);
                if (hands) v[2] += rs.getLong(6);
                else { v[0] += rs.getLong(5); v[1] += rs.getLong(6); }
            }
        }, args.toArray());
        return counts;
    }

    /** A sheet per question of the session's quizzes (and any other question answered), counts per choice on top. */
    private Map<String, Table> questionSheets(ReportWorkbook wb, List<String> quizzes, Map<String, Map<String, long[]>> counts) {
        Set<String> keys = new LinkedHashSet<>();
        for (String quiz : quizzes) {
            texts.quiz(quiz).ifPresent(q -> q.questions().forEach(question -> keys.add(quiz + '/' + question.id())));
        }
        keys.addAll(counts.keySet());
        Map<String, Table> sheets = new HashMap<>();
        int n = 0;
        for (String key : keys) {
            n++;
            String quizId = key.substring(0, key.indexOf('/'));
            String questionId = key.substring(key.indexOf('/') + 1);
            Table t = wb.table("Q" + n + " " + questionId,
                    "Q" + n + " · " + texts.questionText(quizId, questionId, wb.language), new int[] {16, 40, 10, 10, 12, 12, 12, 10},
                    wb.t("reports.col.choice"), wb.t("reports.col.choiceText"), wb.t("reports.col.rightChoice"),
                    wb.t("reports.col.devices"), wb.t("reports.col.childrenDevices"), wb.t("reports.col.hands"),
                    wb.t("reports.col.children"), wb.t("reports.col.share"));
            Map<String, long[]> byChoice = new LinkedHashMap<>();
            List<Choice> choices = texts.question(quizId, questionId).map(Question::choices).orElse(List.of());
            choices.forEach(c -> byChoice.put(c.id(), new long[3]));
            counts.getOrDefault(key, Map.of()).forEach((choice, v) -> {
                long[] sum = byChoice.computeIfAbsent(choice, k -> new long[3]);
                for (int i = 0; i < 3; i++) sum[i] += v[i];
            });
            long children = byChoice.values().stream().mapToLong(v -> v[1] + v[2]).sum();
            byChoice.forEach((choice, v) -> {
                boolean right = choices.stream().anyMatch(c -> c.id().equals(choice) && c.correct());
                t.row().text(choice).text(texts.choices(quizId, questionId, choice, wb.language))
                        .text(wb.t(right ? "reports.yes" : "reports.no")).number(v[0]).number(v[1]).number(v[2])
                        .number(v[1] + v[2]).percent(Dashboard.ratio(v[1] + v[2], children));
            });
            t.skip();
            int header = t.headings(wb.t("reports.col.nickname"), wb.t("reports.col.band"), wb.t("reports.col.teamSize"),
                    wb.t("reports.col.round"), wb.t("reports.col.choices"), wb.t("reports.col.right"), wb.t("reports.col.time"));
            t.filterFrom(header);
            sheets.put(key, t);
        }
        return sheets;
    }
}
