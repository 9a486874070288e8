package ma.cybercaravane.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import ma.cybercaravane.reports.Dashboard;

/** A part of the dashboard: a heading, then content redrawn for each new set of figures. */
abstract class ReportSection extends Div {

    private final Div body = new Div();
    protected final Formats formats;

    ReportSection(String id, String titleKey, Formats formats) {
        this.formats = formats;
        setId(id);
        addClassName("cc-report-section");
        body.addClassName("cc-report-body");
        add(new H2(getTranslation(titleKey)), body);
    }

    abstract void show(Dashboard dashboard);

    protected void showContent(Component... content) {
        body.removeAll();
        body.add(content);
    }

    /** Said instead of an empty chart. */
    protected Paragraph nothing() {
        Paragraph p = new Paragraph(getTranslation("reports.nothing"));
        p.addClassName("cc-report-nothing");
        return p;
    }

    protected ChartConfig chart(String type, java.util.List<String> labels) {
        return new ChartConfig(type, labels).locale(formats.chartLocale(), formats.language.rightToLeft());
    }
}
