package ma.cybercaravane.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.reports.Dashboard.GainRow;
import ma.cybercaravane.reports.Dashboard.HeatCell;
import ma.cybercaravane.reports.Dashboard.RegionRow;
import ma.cybercaravane.reports.RawAnswers.SessionInfo;
import ma.cybercaravane.reports.ReportQueries.SessionRow;
import ma.cybercaravane.reports.ReportWorkbook.Table;
import ma.cybercaravane.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The regional / national workbook for the current filters: Regions (with a native bar chart of the children reached),
 * Sessions, Topics x age bands, Knowledge gain, Questions (item analysis), Raw answers, About. Everything is limited to
 * the scope given; the raw answers stream, so memory does not depend on how many there are.
 */
@Component
class RegionalWorkbook {

    /** Reports progress: rows written so far out of about how many. */
    interface Progress {
        void update(long done, long total);
    }

    private final ReportQueries queries;
    private final RawAnswers raw;
    private final QuestionTexts texts;
    private final ReportSheets sheets;

    RegionalWorkbook(ReportQueries queries, RawAnswers raw, QuestionTexts texts, ReportSheets sheets) {
        this.queries = queries;
        this.raw = raw;
        this.texts = texts;
        this.sheets = sheets;
    }

    /** Writes the workbook; returns the number of cells written. */
    long write(Scope scope, ReportFilter filter, Language language, OutputStream out, Progress progress) throws IOException {
        long total = Math.max(1, raw.estimate(scope, filter, null));
        progress.update(0, total);
        try (ReportWorkbook wb = new ReportWorkbook(language)) {
            List<RegionRow> regionRows = queries.regions(scope, filter, language);
            regions(wb, regionRows);
            sessions(wb, queries.sessions(scope, filter, language, null));
            heat(wb, queries.heat(scope, filter));
            gains(wb, queries.gains(scope, filter, language));
            Table questions = wb.table(wb.t("reports.sheet.questions"), ReportSheets.QUESTION_WIDTHS, sheets.questionHeaders(wb));
            Map<UUID, SessionInfo> sessions = raw.sessions(scope, filter, null, language);
            RawColumns columns = new RawColumns(sessions, wb::t, texts);
            Table rawSheet = wb.table(wb.t("reports.sheet.raw"), RawColumns.WIDTHS, columns.headers()).plain();
            ItemAnalysis analysis = new ItemAnalysis();
            long[] done = {0};
            raw.stream(scope, filter, null, answers -> {
                analysis.participant(answers);
                for (var a : answers) {
                    columns.write(a, rawSheet.row());
                    if (++done[0] % 10_000 == 0) progress.update(done[0], Math.max(total, done[0]));
                }
            }, a -> {
                analysis.hands(a);
                columns.write(a, rawSheet.row());
                done[0]++;
            });
            rawSheet.filter();
            sheets.questions(wb, questions, analysis);
            sheets.about(wb, scope, filter, done[0]);
            wb.write(out);
            progress.update(total, total);
            return wb.cells();
        }
    }

    private void regions(ReportWorkbook wb, List<RegionRow> rows) {
        Table t = wb.table(wb.t("reports.sheet.regions"), new int[] {28, 10, 8, 10, 10, 12, 12, 10, 10},
                wb.t("reports.col.region"), wb.t("reports.col.sessions"), wb.t("reports.col.sites"), wb.t("reports.col.children"),
                wb.t("reports.col.parents"), wb.t("reports.col.answers"), wb.t("reports.col.correct"), wb.t("reports.col.score"),
                wb.t("reports.col.help"));
        for (RegionRow r : rows) {
            t.row().text(r.code() == null ? wb.t("reports.kind.PRACTICE") : r.name()).number(r.sessions()).number(r.sites())
                    .number(r.children()).number(r.parents()).number(r.answers()).number(r.correct()).percent(r.score())
                    .number(r.helpRequests());
        }
        t.filter();
        RegionChart.add(wb, t.sheet, rows.stream().map(r -> r.code() == null ? wb.t("reports.kind.PRACTICE") : r.name()).toList(),
                rows.stream().map(RegionRow::children).toList(), wb.t("reports.chart.childrenByRegion"), wb.t("reports.col.children"));
    }

    private void sessions(ReportWorkbook wb, List<SessionRow> rows) {
        Table t = wb.table(wb.t("reports.sheet.sessions"), new int[] {11, 24, 24, 12, 16, 22, 18, 12, 10, 10, 20, 10, 10, 10, 12, 10, 10, 8, 30},
                wb.t("reports.col.date"), wb.t("reports.col.region"), wb.t("reports.col.site"), wb.t("reports.col.siteKind"),
                wb.t("reports.col.city"), wb.t("reports.col.host"), wb.t("reports.col.audience"), wb.t("reports.col.mode"),
                wb.t("reports.col.status"), wb.t("reports.col.beforeAfter"), wb.t("reports.col.facilitator"),
                wb.t("reports.col.participations"), wb.t("reports.col.children"), wb.t("reports.col.parents"),
                wb.t("reports.col.answers"), wb.t("reports.col.correct"), wb.t("reports.col.score"), wb.t("reports.col.help"),
                wb.t("reports.col.notes"));
        for (SessionRow s : rows) {
            t.row().date(s.startsAt().atZoneSameInstant(ReportSql.ZONE).toLocalDate()).text(s.regionName()).text(s.site())
                    .text(s.siteKind()).text(s.city()).text(s.host()).text(s.audience()).text(s.mode()).text(s.status())
                    .text(wb.t(s.beforeAfter() ? "reports.yes" : "reports.no")).text(s.facilitator()).number(s.participations())
                    .number(s.children()).number(s.parents()).number(s.answers()).number(s.correct()).percent(s.score())
                    .number(s.helpRequests()).text(s.notes());
        }
        t.filter();
    }

    private void heat(ReportWorkbook wb, List<HeatCell> cells) {
        List<AgeBand> bands = List.of(AgeBand.values());
        String[] headers = new String[bands.size() + 2];
        headers[0] = wb.t("reports.col.topic");
        for (int i = 0; i < bands.size(); i++) headers[i + 1] = wb.t(bands.get(i).messageKey());
        headers[headers.length - 1] = wb.t("reports.all");
        Table t = wb.table(wb.t("reports.sheet.heat"), new int[] {28, 12}, headers);
        Map<String, Map<String, long[]>> byTopic = new HashMap<>();
        for (HeatCell c : cells) {
            Map<String, long[]> row = byTopic.computeIfAbsent(c.topic(), k -> new HashMap<>());
            row.put(c.band(), new long[] {c.answers(), c.correct()});
            long[] all = row.computeIfAbsent("", k -> new long[2]);
            all[0] += c.answers();
            all[1] += c.correct();
        }
        List<String> topics = new ArrayList<>(byTopic.keySet());
        topics.sort(Comparator.naturalOrder());
        for (String topic : topics) {
            Table row = t.row().text(wb.t("topic." + topic));
            for (AgeBand band : bands) {
                long[] v = byTopic.get(topic).get(band.code());
                row.percent(v == null ? null : Dashboard.ratio(v[1], v[0]));
            }
            long[] all = byTopic.get(topic).get("");
            row.percent(Dashboard.ratio(all[1], all[0]));
        }
        t.filter();
        t.skip().row().heading(wb.t("reports.heat.answers"));
        for (String topic : topics) {
            Table row = t.row().text(wb.t("topic." + topic));
            for (AgeBand band : bands) {
                long[] v = byTopic.get(topic).get(band.code());
                if (v == null) row.blank(); else row.number(v[0]);
            }
            row.number(byTopic.get(topic).get("")[0]);
        }
    }

    private void gains(ReportWorkbook wb, List<GainRow> rows) {
        Table t = wb.table(wb.t("reports.sheet.gain"), new int[] {26, 26, 12, 12, 12, 12, 12},
                wb.t("reports.col.topic"), wb.t("reports.col.region"), wb.t("reports.col.answersBefore"),
                wb.t("reports.col.scoreBefore"), wb.t("reports.col.answersAfter"), wb.t("reports.col.scoreAfter"),
                wb.t("reports.col.gain"));
        Map<String, long[]> byTopic = new HashMap<>();
        for (GainRow g : rows) {
            t.row().text(wb.t("topic." + g.topic())).text(g.regionName()).number(g.before()).percent(g.beforeScore())
                    .number(g.after()).percent(g.afterScore()).percent(g.gain());
            long[] v = byTopic.computeIfAbsent(g.topic(), k -> new long[4]);
            v[0] += g.before();
            v[1] += g.beforeCorrect();
            v[2] += g.after();
            v[3] += g.afterCorrect();
        }
        byTopic.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            GainRow all = new GainRow(e.getKey(), null, null, e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]);
            t.row().text(wb.t("topic." + all.topic())).text(wb.t("reports.allRegions")).number(all.before())
                    .percent(all.beforeScore()).number(all.after()).percent(all.afterScore()).percent(all.gain());
        });
        t.filter();
    }
}
