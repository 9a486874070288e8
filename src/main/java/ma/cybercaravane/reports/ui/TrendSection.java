package ma.cybercaravane.reports.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import ma.cybercaravane.reports.Dashboard;
import ma.cybercaravane.reports.Dashboard.MonthRow;

/** Sessions and children reached per month (bars and a line), and the same in a table. */
class TrendSection extends ReportSection {

    TrendSection(Formats formats) {
        super("trend", "reports.trend.title", formats);
    }

    @Override
    void show(Dashboard d) {
        List<MonthRow> months = d.months();
        List<String> labels = months.stream().map(m -> formats.month(m.month())).toList();
        ChartJs chart = new ChartJs("trend-chart", getTranslation("reports.trend.title"));
        chart.show(chart("bar", labels)
                .dataset(getTranslation("reports.col.sessions"), months.stream().map(MonthRow::sessions).toList())
                .lineOnSecondAxis(getTranslation("reports.col.children"), months.stream().map(MonthRow::children).toList()));
        var table = Tables.table("trend-table", getTranslation("reports.trend.title"), 1,
                List.of(getTranslation("reports.col.month"), getTranslation("reports.col.sessions"), getTranslation("reports.col.children")),
                months.stream().map(m -> List.of(formats.month(m.month()), formats.number(m.sessions()), formats.number(m.children()))).toList());
        Div pair = new Div(months.isEmpty() ? nothing() : chart, Tables.scrolling(table));
        pair.addClassName("cc-chart-pair");
        showContent(pair);
    }
}
