package ma.cybercaravane.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streamed workbook (SXSSF: only a window of rows per sheet in memory, the rest in temporary files deleted on
 * close) with the house styles: bold shaded header row, frozen, with an auto-filter; integer, percent, decimal and
 * date formats; sheets right-to-left for Arabic. Every text goes through {@link FormulaGuard}: a string cell, with the
 * quote prefix when it could be read as a formula.
 */
final class ReportWorkbook implements AutoCloseable {

    private static final int WINDOW = 200;
    /** 1970-01-01 as an Excel serial day number. */
    private static final long EXCEL_EPOCH = 25_569;

    final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, false, false);
    final Language language;
    private final CellStyle general;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle quoted;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final Set<String> sheetNames = new HashSet<>();
    private long cells;

    ReportWorkbook(Language language) {
        this.language = language;
        general = workbook.getCellStyleAt(0);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        var format = workbook.createDataFormat();
        integer = workbook.createCellStyle();
        integer.setDataFormat(format.getFormat("#,##0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("0.00"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat("0.0%"));
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("yyyy-mm-dd"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
    }

    /** A translated label in the report's language. */
    String t(String key, Object... args) {
        return Messages.get().format(key, language, args);
    }

    /** Cells written so far (the benchmark compares with a bare loop writing as many). */
    long cells() {
        return cells;
    }

    /** A sheet whose first row is a header: styled, frozen, with column widths in characters. */
    Table table(String name, int[] widths, String... headers) {
        return table(name, null, widths, headers);
    }

    /** The same with a title row above the header ({@code title} null: none). */
    Table table(String name, String titleText, int[] widths, String... headers) {
        SXSSFSheet sheet = sheet(name);
        Table table = new Table(sheet, headers.length);
        if (titleText != null) table.row().title(titleText);
        int headerRow = table.rowCount();
        Row row = table.next();
        for (int i = 0; i < headers.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(header);
            cells++;
            sheet.setColumnWidth(i, Math.min(255, widths[Math.min(i, widths.length - 1)]) * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        table.headerRow = headerRow;
        return table;
    }

    SXSSFSheet sheet(String name) {
        String safe = WorkbookUtil.createSafeSheetName(name.length() > 31 ? name.substring(0, 31) : name);
        String unique = safe;
        for (int i = 2; sheetNames.contains(unique.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        sheetNames.add(unique.toLowerCase(Locale.ROOT));
        SXSSFSheet sheet = workbook.createSheet(unique);
        sheet.setRightToLeft(language.rightToLeft());
        return sheet;
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** Rows written one after the other; each {@code row()} starts a new one, cells go left to right. */
    final class Table implements RawColumns.Sink {
        final SXSSFSheet sheet;
        final int columns;
        private int rowNum;
        private int headerRow;
        private Row row;
        private int col;
        private boolean plain;

        Table(SXSSFSheet sheet, int columns) {
            this.sheet = sheet;
            this.columns = columns;
        }

        private Row next() {
            row = sheet.createRow(rowNum++);
            col = 0;
            return row;
        }

        Table row() {
            next();
            return this;
        }

        /** Raw data: whole numbers in the general format (small counts and ids; a million rows write less). */
        Table plain() {
            plain = true;
            return this;
        }

        /** An empty row. */
        Table skip() {
            rowNum++;
            return this;
        }

        int rowCount() {
            return rowNum;
        }

        Table blank() {
            col++;
            return this;
        }

        @Override
        public Table text(String value) {
            if (value == null) return blank();
            Cell cell = row.createCell(col++);
            cell.setCellValue(value);
            // Plain text has the default style (index 0: nothing more to write per cell; set, so that SXSSF does not
            // look for a column style cell by cell); risky text gets the quote prefix.
            cell.setCellStyle(FormulaGuard.risky(value) ? quoted : general);
            cells++;
            return this;
        }

        Table title(String value) {
            text(value);
            row.getCell(col - 1).setCellStyle(title);
            return this;
        }

        /** A second header row (a table lower in the sheet); returns its row index. */
        int headings(String... values) {
            row();
            for (String value : values) heading(value);
            return rowNum - 1;
        }

        Table heading(String value) {
            text(value);
            row.getCell(col - 1).setCellStyle(header);
            return this;
        }

        @Override
        public Table number(long value) {
            Cell cell = row.createCell(col++);
            cell.setCellValue(value);
            cell.setCellStyle(plain ? general : integer);
            cells++;
            return this;
        }

        @Override
        public Table number(Integer value) {
            return value == null ? blank() : number((long) value);
        }

        @Override
        public Table decimal(Double value) {
            if (value == null || value.isNaN()) return blank();
            Cell cell = row.createCell(col++);
            cell.setCellValue(value);
            cell.setCellStyle(decimal);
            cells++;
            return this;
        }

        Table percent(Double value) {
            if (value == null || value.isNaN()) return blank();
            Cell cell = row.createCell(col++);
            cell.setCellValue(value);
            cell.setCellStyle(percent);
            cells++;
            return this;
        }

        @Override
        public Table date(LocalDate value) {
            if (value == null) return blank();
            Cell cell = row.createCell(col++);
            // Excel's serial day number (days since 1899-12-30), without POI's calendar arithmetic for every cell.
            cell.setCellValue(value.toEpochDay() + EXCEL_EPOCH);
            cell.setCellStyle(date);
            cells++;
            return this;
        }

        @Override
        public Table dateTime(OffsetDateTime value) {
            if (value == null) return blank();
            Cell cell = row.createCell(col++);
            long seconds = value.toEpochSecond() + ReportSql.ZONE.getRules().getOffset(value.toInstant()).getTotalSeconds();
            cell.setCellValue(seconds / 86_400.0 + EXCEL_EPOCH);
            cell.setCellStyle(dateTime);
            cells++;
            return this;
        }

        /** The auto-filter over the header and the rows written so far (call once the rows are written). */
        void filter() {
            filter(headerRow);
        }

        /** The auto-filter of {@link #filter()} starts at this row (a table lower in the sheet). */
        void filterFrom(int headerRow) {
            this.headerRow = headerRow;
        }

        private void filter(int headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, rowNum - 1), 0, columns - 1));
        }
    }
}
