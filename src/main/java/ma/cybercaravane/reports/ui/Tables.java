package ma.cybercaravane.reports.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

/** Plain HTML tables (light on old devices, read by screen readers); numeric columns aligned to the end. */
final class Tables {

    private Tables() {}

    /** A table with a caption and headers; {@code numeric}: from this column on, cells are numbers. */
    static NativeTable table(String id, String caption, int numericFrom, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("cc-report-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (int i = 0; i < headers.size(); i++) {
            var cell = head.addHeaderCell();
            cell.setText(headers.get(i));
            cell.getElement().setAttribute("scope", "col");
            if (i >= numericFrom) cell.addClassName("cc-num");
        }
        for (List<String> values : rows) {
            NativeTableRow row = table.getBody().addRow();
            for (int i = 0; i < values.size(); i++) {
                if (i == 0) {
                    var th = row.addHeaderCell();
                    th.setText(values.get(i));
                    th.getElement().setAttribute("scope", "row");
                } else {
                    var cell = row.addDataCell();
                    cell.setText(values.get(i));
                    if (i >= numericFrom) cell.addClassName("cc-num");
                }
            }
        }
        return table;
    }

    /** The table in a box that scrolls sideways on a small screen (reachable with the keyboard, named by the caption). */
    static Div scrolling(NativeTable table) {
        Div box = new Div(table);
        box.addClassName("cc-table-wrap");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", table.getCaptionText());
        return box;
    }

    /** The text of a body cell (row and column from 0, the row header being column 0). */
    static String cell(NativeTable table, int row, int column) {
        return table.getBody().getRow(row).orElseThrow().getCell(column).orElseThrow().getElement().getText();
    }
}
