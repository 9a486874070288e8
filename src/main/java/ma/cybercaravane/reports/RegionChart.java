package ma.cybercaravane.reports;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel bar chart of the children reached per region, beside the Regions table. SXSSF cannot draw charts:
 * the chart goes on the XSSF sheet underneath (its drawing is written with the sheet). Its series refer to the table's
 * cells and carry the values too, because a streamed sheet has no cells the chart could read them from.
 */
final class RegionChart {

    private RegionChart() {}

    /** Names in column A and children in column D of {@code sheet}, rows 2 onwards. */
    static void add(ReportWorkbook wb, SXSSFSheet sheet, List<String> names, List<Long> children, String title, String series) {
        if (names.isEmpty()) return;
        XSSFSheet xssf = wb.workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
        XSSFDrawing drawing = xssf.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 10, 1, 20, Math.max(16, names.size() + 6));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis regions = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        int last = names.size();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(names.toArray(String[]::new),
                reference(sheet.getSheetName(), new CellRangeAddress(1, last, 0, 0)));
        XDDFNumericalDataSource<Long> numbers = XDDFDataSourcesFactory.fromArray(children.toArray(Long[]::new),
                reference(sheet.getSheetName(), new CellRangeAddress(1, last, 3, 3)));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, regions, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.addSeries(categories, numbers).setTitle(series, new CellReference(sheet.getSheetName(), 0, 3, true, true));
        chart.plot(data);
    }

    private static String reference(String sheet, CellRangeAddress range) {
        return range.formatAsString(sheet, true);
    }
}
