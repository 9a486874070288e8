package ma.cybercaravane.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;

import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.reports.ItemAnalysis.Item;
import ma.cybercaravane.reports.ReportWorkbook.Table;
import ma.cybercaravane.shared.Regions;
import org.springframework.stereotype.Component;

/** Sheets both workbooks have: Questions (item analysis) and About (what the report covers, how it counts). */
@Component
class ReportSheets {

    static final int[] QUESTION_WIDTHS = {20, 8, 8, 20, 50, 22, 10, 12, 12, 10, 10, 12, 40, 12, 12};

    private final QuestionTexts texts;
    private final Regions regions;

    ReportSheets(QuestionTexts texts, Regions regions) {
        this.texts = texts;
        this.regions = regions;
    }

    String[] questionHeaders(ReportWorkbook wb) {
        return new String[] {wb.t("reports.col.quiz"), wb.t("reports.col.version"), wb.t("reports.col.position"),
                wb.t("reports.col.question"), wb.t("reports.col.questionText"), wb.t("reports.col.topic"),
                wb.t("reports.col.devices"), wb.t("reports.col.answers"), wb.t("reports.col.correct"), wb.t("reports.col.score"),
                wb.t("reports.col.facility"), wb.t("reports.col.discrimination"), wb.t("reports.col.wrongAnswer"),
                wb.t("reports.col.wrongChildren"), wb.t("reports.col.wrongShare")};
    }

    /** One row per question, in quiz and question order. */
    void questions(ReportWorkbook wb, Table t, ItemAnalysis analysis) {
        Comparator<Item> order = Comparator.comparing((Item i) -> i.quizId).thenComparingInt(i -> i.version)
                .thenComparingInt(i -> texts.position(i.quizId, i.questionId)).thenComparing(i -> i.questionId);
        for (Item item : analysis.items(order)) {
            var wrong = item.mostChosenWrong();
            Integer wrongChildren = wrong.map(w -> w.getValue().intValue()).orElse(null);
            int position = texts.position(item.quizId, item.questionId);
            t.row().text(item.quizId).number(item.version).number(position == 0 ? null : position).text(item.questionId)
                    .text(texts.questionText(item.quizId, item.questionId, wb.language)).text(wb.t("topic." + item.topic))
                    .number(item.devices).number(item.children).number(item.correctChildren).percent(item.score())
                    .decimal(item.facility()).decimal(item.discrimination())
                    .text(wrong.map(w -> texts.choices(item.quizId, item.questionId, w.getKey(), wb.language)).orElse(null))
                    .number(wrongChildren)
                    .percent(wrong.map(w -> Dashboard.ratio(w.getValue(), item.wrongChildren())).orElse(null));
        }
        t.filter();
    }

    /** What the workbook covers (scope, filters), when it was made, and how the figures are counted. */
    void about(ReportWorkbook wb, Scope scope, ReportFilter filter, long rawRows) {
        Table t = wb.table(wb.t("reports.sheet.about"), new int[] {30, 100}, wb.t("reports.about.item"), wb.t("reports.about.value"));
        String region = scope.regionCode() == null ? "" : regions.byCode(scope.regionCode()).map(r -> r.name(wb.language)).orElse("");
        t.row().text(wb.t("reports.about.title")).text(wb.t("shared.app.name"));
        t.row().text(wb.t("reports.about.generated")).dateTime(OffsetDateTime.now());
        t.row().text(wb.t("reports.about.scope")).text(wb.t("reports.scope." + scope.role().name(), region));
        t.row().text(wb.t("reports.filter.from")).date(filter.from());
        t.row().text(wb.t("reports.filter.to")).date(filter.to());
        t.row().text(wb.t("reports.filter.region")).text(filter.regionCode() == null ? wb.t("reports.all")
                : regions.byCode(filter.regionCode()).map(r -> r.name(wb.language)).orElse(filter.regionCode()));
        t.row().text(wb.t("reports.filter.band")).text(filter.ageBand() == null ? wb.t("reports.all") : wb.t("band." + filter.ageBand()));
        t.row().text(wb.t("reports.filter.quiz")).text(filter.quizId() == null ? wb.t("reports.all") : texts.quizTitle(filter.quizId(), wb.language));
        t.row().text(wb.t("reports.filter.topic")).text(filter.topic() == null ? wb.t("reports.all") : wb.t("topic." + filter.topic()));
        t.row().text(wb.t("reports.filter.kind")).text(wb.t("reports.kind." + filter.kind().name()));
        t.row().text(wb.t("reports.about.rows")).number(rawRows);
        for (String definition : new String[] {"children", "hands", "score", "gain", "facility", "discrimination", "practice", "text"}) {
            t.row().text(wb.t("reports.about.def." + definition + ".title")).text(wb.t("reports.about.def." + definition));
        }
    }

    static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(ReportSql.ZONE).toLocalDate();
    }
}
