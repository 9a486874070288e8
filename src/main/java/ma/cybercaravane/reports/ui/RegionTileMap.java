package ma.cybercaravane.reports.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import ma.cybercaravane.reports.Dashboard.RegionRow;
import ma.cybercaravane.reports.DashboardService.Option;

/**
 * The 12 regions as tiles placed roughly where they are on the map of Morocco (north at the top, the Atlantic on the
 * left, the Sahara at the bottom), coloured by the children reached. The map keeps its geography in Arabic too (it is
 * not mirrored); the names are in the page's language.
 */
class RegionTileMap extends Div {

    /** Grid row and column of each region's tile. */
    private static final Map<String, int[]> PLACES = Map.ofEntries(
            Map.entry("01", new int[] {1, 3}), Map.entry("02", new int[] {1, 4}), Map.entry("04", new int[] {2, 2}),
            Map.entry("03", new int[] {2, 3}), Map.entry("06", new int[] {3, 2}), Map.entry("05", new int[] {3, 3}),
            Map.entry("08", new int[] {3, 4}), Map.entry("07", new int[] {4, 2}), Map.entry("09", new int[] {5, 2}),
            Map.entry("10", new int[] {6, 1}), Map.entry("11", new int[] {7, 1}), Map.entry("12", new int[] {8, 1}));
    static final int LEVELS = 5;

    private final Formats formats;
    private final List<Option> allRegions;

    RegionTileMap(Formats formats, List<Option> allRegions) {
        this.formats = formats;
        this.allRegions = allRegions;
        setId("region-map");
        addClassName("cc-tile-map");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", getTranslation("reports.map.label"));
    }

    /** Regions without a row (outside the organizer's scope or the filter) are drawn empty, without figures. */
    void show(List<RegionRow> rows) {
        removeAll();
        long max = rows.stream().filter(r -> r.code() != null).mapToLong(RegionRow::children).max().orElse(0);
        Map<String, RegionRow> byCode = new HashMap<>();
        rows.stream().filter(r -> r.code() != null).forEach(r -> byCode.put(r.code(), r));
        for (Option region : allRegions) {
            int[] place = PLACES.get(region.code());
            if (place == null) continue;
            RegionRow row = byCode.get(region.code());
            if (row == null) {
                add(outside(region, place));
                continue;
            }
            int level = level(row.children(), max);
            Span name = new Span(row.name());
            name.addClassName("cc-tile-name");
            Span count = new Span(formats.number(row.children()));
            count.addClassName("cc-tile-count");
            Div tile = new Div(name, count);
            tile.setId("region-tile-" + row.code());
            tile.addClassNames("cc-tile", "cc-tile-l" + level);
            tile.getElement().setAttribute("role", "listitem");
            tile.getElement().setAttribute("dir", formats.language.rightToLeft() ? "rtl" : "ltr");
            tile.getElement().setAttribute("title", getTranslation("reports.map.tile", row.name(), formats.number(row.children())));
            tile.getStyle().set("grid-row", String.valueOf(place[0])).set("grid-column", String.valueOf(place[1]));
            add(tile);
        }
    }

    private Div outside(Option region, int[] place) {
        Span name = new Span(region.label());
        name.addClassName("cc-tile-name");
        Div tile = new Div(name);
        tile.addClassNames("cc-tile", "cc-tile-out");
        tile.getElement().setAttribute("role", "listitem");
        tile.getElement().setAttribute("dir", formats.language.rightToLeft() ? "rtl" : "ltr");
        tile.getStyle().set("grid-row", String.valueOf(place[0])).set("grid-column", String.valueOf(place[1]));
        return tile;
    }

    /** 0 for no child, then 1 to LEVELS in proportion to the region reaching most children. */
    static int level(long children, long max) {
        if (children <= 0 || max <= 0) return 0;
        return (int) Math.max(1, Math.ceil(LEVELS * (double) children / max));
    }
}
