package ma.cybercaravane.reports.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import ma.cybercaravane.reports.Dashboard;
import ma.cybercaravane.reports.Dashboard.GainRow;

/**
 * Knowledge gain where the same quiz was played before and after the session: right answers before and after by topic
 * (chart, all regions), and by topic and region (table).
 */
class GainSection extends ReportSection {

    GainSection(Formats formats) {
        super("gain", "reports.gain.title", formats);
    }

    @Override
    void show(Dashboard d) {
        Map<String, long[]> byTopic = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (GainRow g : d.gains()) {
            long[] v = byTopic.computeIfAbsent(g.topic(), k -> new long[4]);
            v[0] += g.before();
            v[1] += g.beforeCorrect();
            v[2] += g.after();
            v[3] += g.afterCorrect();
            rows.add(List.of(getTranslation("topic." + g.topic()), g.regionName(), formats.percent(g.beforeScore()),
                    formats.percent(g.afterScore()), formats.points(g.gain())));
        }
        List<String> labels = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        byTopic.forEach((topic, v) -> {
            labels.add(getTranslation("topic." + topic));
            before.add(v[0] == 0 ? null : (double) v[1] / v[0]);
            after.add(v[2] == 0 ? null : (double) v[3] / v[2]);
        });
        ChartJs chart = new ChartJs("gain-chart", getTranslation("reports.gain.chart"));
        chart.show(chart("bar", labels).percent().dataset(getTranslation("reports.col.scoreBefore"), before)
                .dataset(getTranslation("reports.col.scoreAfter"), after));
        var table = Tables.table("gain-table", getTranslation("reports.gain.table"), 2,
                List.of(getTranslation("reports.col.topic"), getTranslation("reports.col.region"),
                        getTranslation("reports.col.scoreBefore"), getTranslation("reports.col.scoreAfter"),
                        getTranslation("reports.col.gain")), rows);
        Paragraph how = new Paragraph(getTranslation("reports.gain.how"));
        how.addClassName("cc-report-note");
        Div pair = new Div(rows.isEmpty() ? nothing() : chart, Tables.scrolling(table));
        pair.addClassName("cc-chart-pair");
        showContent(how, pair);
    }
}
