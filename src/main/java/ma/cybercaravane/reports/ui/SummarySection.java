package ma.cybercaravane.reports.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import ma.cybercaravane.reports.Dashboard;
import ma.cybercaravane.reports.Dashboard.ModeRow;
import ma.cybercaravane.reports.Dashboard.Totals;

/** The key figures, and how many results come from children alone, from teams and from shows of hands. */
class SummarySection extends ReportSection {

    SummarySection(Formats formats) {
        super("summary", "reports.summary.title", formats);
    }

    @Override
    void show(Dashboard d) {
        Totals t = d.totals();
        Div kpis = new Div(kpi("kpi-children", "reports.kpi.children", formats.number(t.children())),
                kpi("kpi-parents", "reports.kpi.parents", formats.number(t.parents())),
                kpi("kpi-sessions", "reports.kpi.sessions", formats.number(t.sessions())),
                kpi("kpi-sites", "reports.kpi.sites", formats.number(t.sites())),
                kpi("kpi-answers", "reports.kpi.answers", formats.number(t.answers())),
                kpi("kpi-score", "reports.kpi.score", formats.percent(t.score())),
                kpi("kpi-help", "reports.kpi.help", formats.number(t.helpRequests())));
        kpis.addClassName("cc-kpis");

        long answers = d.modes().stream().mapToLong(ModeRow::answers).sum();
        List<String> shares = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ModeRow m : d.modes()) {
            Double share = answers == 0 ? null : (double) m.answers() / answers;
            shares.add(formats.percent(share));
            String label = getTranslation("reports.mode." + m.mode());
            labels.add(label);
            values.add(m.answers());
            rows.add(List.of(label, formats.number(m.participations()), formats.number(m.children()),
                    formats.number(m.answers()), formats.percent(share)));
        }
        Paragraph statement = new Paragraph(getTranslation("reports.modes.statement", formats.number(answers),
                shares.get(0), shares.get(1), shares.get(2)));
        statement.setId("mode-statement");
        ChartJs chart = new ChartJs("modes-chart", getTranslation("reports.modes.chart"));
        chart.show(chart("doughnut", labels).dataset(getTranslation("reports.col.answers"), values));
        var table = Tables.table("modes-table", getTranslation("reports.modes.chart"), 1,
                List.of(getTranslation("reports.col.mode"), getTranslation("reports.col.participations"),
                        getTranslation("reports.col.children"), getTranslation("reports.col.answers"),
                        getTranslation("reports.col.share")), rows);
        Div pair = new Div(answers == 0 ? nothing() : chart, Tables.scrolling(table));
        pair.addClassName("cc-chart-pair");
        showContent(kpis, statement, pair);
    }

    private Div kpi(String id, String labelKey, String value) {
        Span number = new Span(value);
        number.setId(id);
        number.addClassName("cc-kpi-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("cc-kpi-label");
        Div card = new Div(number, label);
        card.addClassName("cc-kpi");
        return card;
    }
}
