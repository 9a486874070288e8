package ma.cybercaravane.reports.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import ma.cybercaravane.reports.Dashboard;
import ma.cybercaravane.reports.Dashboard.RegionRow;
import ma.cybercaravane.reports.DashboardService;

/** Participation by region: the tile map and, beside it, the same figures in a table (with help requests). */
class ParticipationSection extends ReportSection {

    private final RegionTileMap map;

    ParticipationSection(Formats formats, List<DashboardService.Option> allRegions) {
        super("participation", "reports.participation.title", formats);
        map = new RegionTileMap(formats, allRegions);
    }

    @Override
    void show(Dashboard d) {
        map.show(d.regions());
        List<List<String>> rows = new ArrayList<>();
        for (RegionRow r : d.regions()) {
            rows.add(List.of(r.code() == null ? getTranslation("reports.kind.PRACTICE") : r.name(),
                    formats.number(r.sessions()), formats.number(r.sites()), formats.number(r.children()),
                    formats.number(r.parents()), formats.number(r.answers()), formats.percent(r.score()),
                    formats.number(r.helpRequests())));
        }
        var table = Tables.table("region-table", getTranslation("reports.participation.table"), 1,
                List.of(getTranslation("reports.col.region"), getTranslation("reports.col.sessions"),
                        getTranslation("reports.col.sites"), getTranslation("reports.col.children"),
                        getTranslation("reports.col.parents"), getTranslation("reports.col.answers"),
                        getTranslation("reports.col.score"), getTranslation("reports.col.help")), rows);
        Div legend = new Div();
        legend.addClassName("cc-tile-legend");
        legend.setText(getTranslation("reports.map.legend"));
        showContent(map, legend, Tables.scrolling(table));
    }
}
