package ma.cybercaravane.reports.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.reports.Dashboard;
import ma.cybercaravane.reports.Dashboard.HeatCell;
import ma.cybercaravane.reports.Dashboard.QuestionRow;

/** Right answers by topic and age band (a heat table), and the questions most often missed with their wrong answers. */
class ScoresSection extends ReportSection {

    ScoresSection(Formats formats) {
        super("scores", "reports.scores.title", formats);
    }

    @Override
    void show(Dashboard d) {
        showContent(Tables.scrolling(heat(d.heat())), missed(d.missed()));
    }

    private NativeTable heat(List<HeatCell> cells) {
        Map<String, HeatCell> byKey = new HashMap<>();
        cells.forEach(c -> byKey.put(c.topic() + "/" + c.band(), c));
        List<String> headers = new ArrayList<>(List.of(getTranslation("reports.col.topic")));
        for (AgeBand band : AgeBand.values()) headers.add(getTranslation(band.messageKey()));
        List<List<String>> rows = new ArrayList<>();
        List<List<Integer>> levels = new ArrayList<>();
        for (String topic : new TreeSet<>(cells.stream().map(HeatCell::topic).toList())) {
            List<String> row = new ArrayList<>(List.of(getTranslation("topic." + topic)));
            List<Integer> rowLevels = new ArrayList<>();
            for (AgeBand band : AgeBand.values()) {
                HeatCell c = byKey.get(topic + "/" + band.code());
                row.add(c == null ? "–" : formats.percent(c.score()));
                rowLevels.add(c == null || c.score() == null ? -1 : (int) Math.min(4, Math.floor(c.score() * 5)));
            }
            rows.add(row);
            levels.add(rowLevels);
        }
        NativeTable table = Tables.table("heat-table", getTranslation("reports.heat.caption"), 1, headers, rows);
        table.addClassName("cc-heat");
        for (int r = 0; r < levels.size(); r++) {
            var row = table.getBody().getRow(r).orElseThrow();
            for (int b = 0; b < levels.get(r).size(); b++) {
                int level = levels.get(r).get(b);
                if (level >= 0) row.getDataCell(b).orElseThrow().addClassName("cc-heat-" + level);
            }
        }
        return table;
    }

    private Div missed(List<QuestionRow> questions) {
        List<List<String>> rows = new ArrayList<>();
        for (QuestionRow q : questions) {
            String wrong = q.wrong().stream().limit(3)
                    .map(w -> getTranslation("reports.missed.wrongShare", w.text(),
                            formats.percent(q.wrongAnswers() == 0 ? null : (double) w.children() / q.wrongAnswers())))
                    .collect(Collectors.joining(" · "));
            rows.add(List.of(q.text(), getTranslation("topic." + q.topic()), formats.number(q.answers()),
                    formats.percent(q.score()), wrong));
        }
        var table = Tables.table("missed-table", getTranslation("reports.missed.caption"), 2,
                List.of(getTranslation("reports.col.question"), getTranslation("reports.col.topic"),
                        getTranslation("reports.col.answers"), getTranslation("reports.col.score"),
                        getTranslation("reports.col.wrongAnswers")), rows);
        ChartJs chart = new ChartJs("missed-chart", getTranslation("reports.missed.caption"));
        chart.show(chart("bar", questions.stream().map(q -> shorten(q.text())).toList()).horizontal().percent()
                .dataset(getTranslation("reports.col.score"), questions.stream().map(QuestionRow::score).toList()));
        Div block = new Div(new com.vaadin.flow.component.html.H3(getTranslation("reports.missed.title")),
                questions.isEmpty() ? nothing() : chart, Tables.scrolling(table));
        block.addClassName("cc-missed");
        return block;
    }

    private static String shorten(String text) {
        return text.length() <= 48 ? text : text.substring(0, 47) + "…";
    }
}
