package ma.cybercaravane.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.testsupport.TestAccounts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The results every report test records, on a day of its own (the test database is shared; the period filter keeps
 * other tests' data out), with the figures they must give:
 * <pre>
 * quiz scams-9-11, q1 = prize-message (right: show-adult), q2 = free-coins (right: refuse); all 9-11
 * S1 Souss-Massa (09), facilitator F1: P1 alone  q1 right, q2 wrong (give)
 *                                      P2 team 3 q1 right, q2 right
 *                                      hands q1: show-adult 5, click 2, reply 0; q2: refuse 3, give 4; 2 help requests
 * S2 Souss-Massa (09), facilitator F2, before/after:
 *                                      P3 alone  before q1 wrong (click), q2 wrong (give); after both right
 *                                      P4 team 2 before q1 right, q2 wrong (give-change-later); after both right
 * S3 Tanger (01), facilitator F3:      P5 alone  q1 wrong (reply); 1 help request
 * practice (no region):                P6 alone  q1 right
 * </pre>
 * Region 09: 2 sessions, 2 sites, 14 children (1 + 3 + a show of hands of 7, then 1 + 2), 34 answers per child, 23 right.
 */
public final class ReportFixture {

    static final String QUIZ = "scams-9-11";
    static final String Q1 = "prize-message";
    static final String Q2 = "free-coins";
    static final String SITE_INJECTION = "=HYPERLINK(\"http://x\",\"y\")";
    static final String CITY_INJECTION = "+SUM(1,1)";
    static final String HOST_INJECTION = "@SUM(1)";
    static final String NOTES_INJECTION = "-2+3";
    static final String NICKNAME_INJECTION = "=1+1";

    public final LocalDate day;
    public final TestAccounts.Account admin;
    public final TestAccounts.Account coordinator09;
    public final TestAccounts.Account coordinator01;
    public final TestAccounts.Account facilitator1;
    public final UUID s1;
    public final UUID s2;
    public final UUID s3;

    public ReportFixture(JdbcTemplate jdbc, ContentService content) {
        Random random = new Random();
        day = LocalDate.of(2100 + random.nextInt(800), 1 + random.nextInt(12), 1 + random.nextInt(28));
        OffsetDateTime at = day.atTime(10, 0).atOffset(ZoneOffset.ofHours(1));
        TestAccounts accounts = new TestAccounts(jdbc);
        admin = accounts.create("ADMIN", null);
        coordinator09 = accounts.create("COORDINATOR", "09");
        coordinator01 = accounts.create("COORDINATOR", "01");
        facilitator1 = accounts.create("FACILITATOR", "09");
        TestAccounts.Account facilitator2 = accounts.create("FACILITATOR", "09");
        TestAccounts.Account facilitator3 = accounts.create("FACILITATOR", "01");
        ReportTestData data = new ReportTestData(jdbc, content);

        UUID site1 = data.site(SITE_INJECTION, CITY_INJECTION, "09", HOST_INJECTION);
        s1 = data.session(site1, "09", at, facilitator1.id(), false, NOTES_INJECTION, QUIZ);
        UUID p1 = data.participant(s1, QUIZ, "9-11", "fr", 1, NICKNAME_INJECTION, at);
        data.answer(p1, s1, QUIZ, Q1, 0, true, at);
        data.answer(p1, s1, QUIZ, Q2, 0, "give", at);
        UUID p2 = data.participant(s1, QUIZ, "9-11", "ar", 3, "Faucon 12", at);
        data.answer(p2, s1, QUIZ, Q1, 0, true, at);
        data.answer(p2, s1, QUIZ, Q2, 0, true, at);
        data.hands(s1, QUIZ, Q1, 0, "show-adult", 5, "9-11", at);
        data.hands(s1, QUIZ, Q1, 0, "click", 2, "9-11", at);
        data.hands(s1, QUIZ, Q1, 0, "reply", 0, "9-11", at);
        data.hands(s1, QUIZ, Q2, 0, "refuse", 3, "9-11", at);
        data.hands(s1, QUIZ, Q2, 0, "give", 4, "9-11", at);
        data.help(s1, at);
        data.help(s1, at);

        UUID site2 = data.site("École Ibn Battouta", "Tiznit", "09", null);
        s2 = data.session(site2, "09", at.plusHours(3), facilitator2.id(), true, null, QUIZ);
        UUID p3 = data.participant(s2, QUIZ, "9-11", "ar", 1, "Gazelle 7", at);
        data.answer(p3, s2, QUIZ, Q1, 0, "click", at);
        data.answer(p3, s2, QUIZ, Q2, 0, "give", at);
        data.answer(p3, s2, QUIZ, Q1, 1, true, at);
        data.answer(p3, s2, QUIZ, Q2, 1, true, at);
        UUID p4 = data.participant(s2, QUIZ, "9-11", "fr", 2, "Lion 40", at);
        data.answer(p4, s2, QUIZ, Q1, 0, true, at);
        data.answer(p4, s2, QUIZ, Q2, 0, "give-change-later", at);
        data.answer(p4, s2, QUIZ, Q1, 1, true, at);
        data.answer(p4, s2, QUIZ, Q2, 1, true, at);

        UUID site3 = data.site("Lycée Ibn Khaldoun", "Tanger", "01", null);
        s3 = data.session(site3, "01", at, facilitator3.id(), false, null, QUIZ);
        UUID p5 = data.participant(s3, QUIZ, "9-11", "fr", 1, "Hibou 3", at);
        data.answer(p5, s3, QUIZ, Q1, 0, "reply", at);
        data.help(s3, at);

        UUID p6 = data.participant(null, QUIZ, "9-11", "en", 1, "Tortue 9", at);
        data.answer(p6, null, QUIZ, Q1, 0, true, at);
    }

    /**
     * Several Spring contexts live in one test JVM and each sets the global security strategy (Vaadin's) when it
     * starts; the services of a cached context read their own. Signing in must go to this context's strategy.
     */
    public static void useSecurityOf(org.springframework.context.ApplicationContext context) {
        context.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    public ReportFilter filter() {
        return ReportFilter.all().withPeriod(day, day);
    }

    // --- reading workbooks back ---

    static XSSFWorkbook workbook(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static Sheet sheet(XSSFWorkbook wb, String key, Language language) {
        Sheet sheet = wb.getSheet(Messages.get().format(key, language));
        if (sheet == null) throw new AssertionError("no sheet " + key + " in " + wb.sheetIterator());
        return sheet;
    }

    /** Index of the column whose header (row {@code headerRow}) is the translation of {@code key}. */
    static int column(Sheet sheet, int headerRow, String key, Language language) {
        String header = Messages.get().format(key, language);
        Row row = sheet.getRow(headerRow);
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) return cell.getColumnIndex();
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    /** The data rows under a header row, until the first empty row. */
    static List<Row> rows(Sheet sheet, int headerRow) {
        List<Row> rows = new ArrayList<>();
        for (int i = headerRow + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null || row.getCell(0) == null) break;
            rows.add(row);
        }
        return rows;
    }

    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? Double.NaN : cell.getNumericCellValue();
    }

    static byte[] bytes(ByteArrayOutputStream out) {
        return out.toByteArray();
    }
}
