package ma.cybercaravane.reports.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ma.cybercaravane.reports.Dashboard;
import ma.cybercaravane.reports.DashboardService;
import ma.cybercaravane.reports.ReportExports;
import ma.cybercaravane.reports.ReportFilter;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.LanguageSupport;
import ma.cybercaravane.shared.ui.OrganizerLayout;

/**
 * The statistics dashboard: filters, key figures, participation by region (tile map), scores by topic and age band,
 * most-missed questions, trend, knowledge gain, results per way of answering; every chart with its table. The figures
 * are those of the organizer's scope only (enforced by the service). Exports of the same filters start from here.
 */
@Route(value = "reports", layout = OrganizerLayout.class)
@Menu(title = "reports.menu", order = 30)
@PermitAll
@CssImport("./styles/reports.css")
class DashboardView extends Div implements HasDynamicTitle {

    private final DashboardService service;
    private final Language language = LanguageSupport.current();
    private final List<ReportSection> sections;
    private final Paragraph scope = new Paragraph();

    DashboardView(DashboardService service, ReportExports exports) {
        this.service = service;
        addClassNames("cc-organizer-page", "cc-reports");
        Formats formats = new Formats(language);
        DashboardService.FilterOptions options = service.options(language);
        FilterBar filters = new FilterBar(options, formats, this::show);
        sections = List.of(new SummarySection(formats), new ParticipationSection(formats, options.allRegions()), new ScoresSection(formats),
                new TrendSection(formats), new GainSection(formats));
        ExportPanel export = new ExportPanel(exports, List.of(
                new ExportPanel.Action("regional", "reports.export.regional", () -> exports.regionalWorkbook(filters.value(), language)),
                new ExportPanel.Action("csv", "reports.export.csv", () -> exports.rawCsv(filters.value(), language))));
        scope.setId("report-scope");
        scope.addClassName("cc-report-note");
        scope.setText(getTranslation(options.fixedRegion() != null ? "reports.scope.note.COORDINATOR"
                : options.practice() ? "reports.scope.note.ADMIN" : "reports.scope.note.FACILITATOR",
                options.fixedRegion() == null ? "" : options.regions().getFirst().label()));
        add(new H1(getTranslation("reports.title")), scope, filters, export);
        sections.forEach(this::add);
        show(filters.value());
    }

    private void show(ReportFilter filter) {
        Dashboard dashboard = service.load(filter, language);
        sections.forEach(s -> s.show(dashboard));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }
}
