package ma.cybercaravane.reports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.reports.Dashboard.GainRow;
import ma.cybercaravane.reports.Dashboard.ModeRow;
import ma.cybercaravane.reports.Dashboard.QuestionRow;
import ma.cybercaravane.reports.Dashboard.RegionRow;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.testsupport.TestAccounts;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static ma.cybercaravane.reports.ReportFixture.column;
import static ma.cybercaravane.reports.ReportFixture.number;
import static ma.cybercaravane.reports.ReportFixture.rows;
import static ma.cybercaravane.reports.ReportFixture.sheet;
import static ma.cybercaravane.reports.ReportFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The figures of the dashboard and of the workbooks are the ones the test recorded (see {@link ReportFixture}): per
 * region, per question, per mode, teams and shows of hands weighted. Run on H2 and on PostgreSQL.
 */
abstract class ReportNumbersContract {

    static final Language FR = Language.FR;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContentService content;
    @Autowired
    DashboardService dashboard;
    @Autowired
    ReportExports exports;
    @Autowired
    org.springframework.context.ApplicationContext context;

    ReportFixture f;

    @BeforeEach
    void record() {
        ReportFixture.useSecurityOf(context);
        f = new ReportFixture(jdbc, content);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theDashboardCountsEveryChildWeightedByTeamsAndShowsOfHands() {
        TestAccounts.signIn(f.admin);
        Dashboard d = dashboard.load(f.filter(), FR);

        RegionRow souss = region(d, "09");
        assertThat(souss.name()).isEqualTo("Souss-Massa");
        assertThat(List.of(souss.sessions(), souss.sites(), souss.children(), souss.parents(), souss.answers(), souss.correct(),
                souss.helpRequests())).containsExactly(2L, 2L, 14L, 0L, 34L, 23L, 2L);
        RegionRow tanger = region(d, "01");
        assertThat(List.of(tanger.sessions(), tanger.children(), tanger.answers(), tanger.correct(), tanger.helpRequests()))
                .containsExactly(1L, 1L, 1L, 0L, 1L);
        RegionRow practice = region(d, null);
        assertThat(List.of(practice.children(), practice.answers(), practice.correct())).containsExactly(1L, 1L, 1L);
        assertThat(d.regions().stream().filter(r -> r.code() != null)).hasSize(12);
        assertThat(List.of(d.totals().sessions(), d.totals().children(), d.totals().answers(), d.totals().correct(),
                d.totals().helpRequests())).containsExactly(3L, 16L, 36L, 24L, 3L);

        Map<String, ModeRow> modes = d.modes().stream().collect(Collectors.toMap(ModeRow::mode, m -> m));
        assertThat(List.of(modes.get("SOLO").participations(), modes.get("SOLO").children(), modes.get("SOLO").answers()))
                .containsExactly(4L, 4L, 8L);
        assertThat(List.of(modes.get("TEAM").participations(), modes.get("TEAM").children(), modes.get("TEAM").answers()))
                .containsExactly(2L, 5L, 14L);
        assertThat(List.of(modes.get("HANDS").participations(), modes.get("HANDS").children(), modes.get("HANDS").answers()))
                .containsExactly(1L, 7L, 14L);

        QuestionRow q1 = question(d.missed(), ReportFixture.Q1);
        assertThat(List.of(q1.answers(), q1.correct(), q1.devices(), q1.devicesCorrect())).containsExactly(19L, 15L, 8L, 6L);
        QuestionRow q2 = question(d.missed(), ReportFixture.Q2);
        assertThat(List.of(q2.answers(), q2.correct(), q2.devices(), q2.devicesCorrect())).containsExactly(17L, 9L, 6L, 3L);
        assertThat(d.missed().indexOf(q2)).as("q2 is missed more often").isLessThan(d.missed().indexOf(q1));
        assertThat(q2.wrong()).extracting(Dashboard.WrongAnswer::choiceIds, Dashboard.WrongAnswer::children)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("give", 6L), org.assertj.core.groups.Tuple.tuple("give-change-later", 2L));
        assertThat(q2.wrong().getFirst().text()).isEqualTo(content.quiz(ReportFixture.QUIZ).orElseThrow()
                .question(ReportFixture.Q2).orElseThrow().choice("give").text().in(FR));

        String topic = content.quiz(ReportFixture.QUIZ).orElseThrow().question(ReportFixture.Q1).orElseThrow().topic().name();
        assertThat(d.heat()).singleElement().satisfies(c -> {
            assertThat(c.topic()).isEqualTo(topic);
            assertThat(c.band()).isEqualTo("9-11");
            assertThat(List.of(c.answers(), c.correct())).containsExactly(36L, 24L);
        });
        GainRow gain = d.gains().stream().filter(g -> "09".equals(g.regionCode())).findFirst().orElseThrow();
        assertThat(List.of(gain.before(), gain.beforeCorrect(), gain.after(), gain.afterCorrect())).containsExactly(6L, 2L, 6L, 6L);
        assertThat(gain.gain()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(d.gains()).as("only sessions played before and after").allMatch(g -> "09".equals(g.regionCode()));
        assertThat(d.months()).singleElement().satisfies(m -> {
            assertThat(m.month()).isEqualTo(java.time.YearMonth.from(f.day));
            assertThat(List.of(m.sessions(), m.children())).containsExactly(3L, 16L);
        });
    }

    @Test
    void filtersChangeTheFiguresAndACoordinatorSeesOnlyTheirRegion() {
        TestAccounts.signIn(f.admin);
        assertThat(dashboard.load(f.filter().withRegion("01"), FR).totals().children()).isEqualTo(1);
        assertThat(dashboard.load(f.filter().withKind(ReportFilter.SessionKind.PRACTICE), FR).totals().children()).isEqualTo(1);
        assertThat(dashboard.load(f.filter().withAgeBand("12-14"), FR).totals().answers()).isZero();
        assertThat(dashboard.load(f.filter().withQuiz(ReportFixture.QUIZ), FR).totals().answers()).isEqualTo(36);

        TestAccounts.signIn(f.coordinator09);
        Dashboard d = dashboard.load(f.filter(), FR);
        assertThat(d.regions()).extracting(RegionRow::code).containsExactly("09");
        assertThat(List.of(d.totals().children(), d.totals().answers(), d.totals().correct())).containsExactly(14L, 34L, 23L);
        assertThat(dashboard.load(f.filter().withRegion("01"), FR).totals().children()).as("another region, asked for").isZero();

        TestAccounts.signIn(f.facilitator1);
        d = dashboard.load(f.filter(), FR);
        assertThat(List.of(d.totals().sessions(), d.totals().children(), d.totals().answers())).containsExactly(1L, 11L, 22L);
    }

    @Test
    void theRegionalWorkbookReadsBackWithTheSameNumbers() throws Exception {
        TestAccounts.signIn(f.admin);
        try (XSSFWorkbook wb = ReportFixture.workbook(download(exports.regionalWorkbook(f.filter(), FR)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
            Sheet regions = sheet(wb, "reports.sheet.regions", FR);
            Row souss = rows(regions, 0).stream().filter(r -> "Souss-Massa".equals(text(r, 0))).findFirst().orElseThrow();
            assertThat(number(souss, column(regions, 0, "reports.col.children", FR))).isEqualTo(14);
            assertThat(number(souss, column(regions, 0, "reports.col.answers", FR))).isEqualTo(34);
            assertThat(number(souss, column(regions, 0, "reports.col.correct", FR))).isEqualTo(23);
            assertThat(number(souss, column(regions, 0, "reports.col.score", FR))).isCloseTo(23.0 / 34, within(1e-9));
            assertThat(number(souss, column(regions, 0, "reports.col.sessions", FR))).isEqualTo(2);
            assertThat(regions.getPaneInformation().isFreezePane()).isTrue();
            assertThat(((XSSFSheet) regions).getCTWorksheet().isSetAutoFilter()).isTrue();
            var charts = ((XSSFSheet) regions).getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            assertThat(charts.getFirst().getChartSeries().getFirst().getSeries(0).getValuesData().getPointCount())
                    .isEqualTo(rows(regions, 0).size());

            Sheet questions = sheet(wb, "reports.sheet.questions", FR);
            int qid = column(questions, 0, "reports.col.question", FR);
            Row q1 = rows(questions, 0).stream().filter(r -> ReportFixture.Q1.equals(text(r, qid))).findFirst().orElseThrow();
            Row q2 = rows(questions, 0).stream().filter(r -> ReportFixture.Q2.equals(text(r, qid))).findFirst().orElseThrow();
            assertThat(number(q1, column(questions, 0, "reports.col.answers", FR))).isEqualTo(19);
            assertThat(number(q1, column(questions, 0, "reports.col.correct", FR))).isEqualTo(15);
            assertThat(number(q1, column(questions, 0, "reports.col.facility", FR))).isEqualTo(0.75);
            assertThat(number(q2, column(questions, 0, "reports.col.wrongChildren", FR))).isEqualTo(6);
            assertThat(number(q2, column(questions, 0, "reports.col.wrongShare", FR))).isEqualTo(0.75);
            assertThat(text(q2, column(questions, 0, "reports.col.wrongAnswer", FR))).isEqualTo(content.quiz(ReportFixture.QUIZ)
                    .orElseThrow().question(ReportFixture.Q2).orElseThrow().choice("give").text().in(FR));
            assertThat(q1.getCell(column(questions, 0, "reports.col.discrimination", FR))).isNotNull();

            Sheet raw = sheet(wb, "reports.sheet.raw", FR);
            List<Row> rawRows = rows(raw, 0);
            assertThat(rawRows).hasSize(18);
            int children = column(raw, 0, "reports.raw.children", FR);
            int right = column(raw, 0, "reports.raw.rightChildren", FR);
            int mode = column(raw, 0, "reports.raw.mode", FR);
            Map<String, double[]> byMode = new HashMap<>();
            for (Row r : rawRows) {
                double[] v = byMode.computeIfAbsent(text(r, mode), k -> new double[2]);
                v[0] += number(r, children);
                v[1] += number(r, right);
            }
            assertThat(byMode.get(label("reports.mode.SOLO"))).containsExactly(8, 4);
            assertThat(byMode.get(label("reports.mode.TEAM"))).containsExactly(14, 12);
            assertThat(byMode.get(label("reports.mode.HANDS"))).containsExactly(14, 8);
        }
    }

    @Test
    void theCsvHasTheSameAnswersInUtf8WithAByteOrderMark() throws Exception {
        TestAccounts.signIn(f.admin);
        String csv = new String(download(exports.rawCsv(f.filter(), FR)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + label("reports.raw.kind") + ",");
        List<String> lines = csv.lines().skip(1).toList();
        assertThat(lines).hasSize(18);
        assertThat(lines.stream().filter(l -> l.contains(label("reports.mode.HANDS")))).hasSize(4);
    }

    @Test
    void aCoordinatorsExportHoldsNoRowOfAnotherRegionAndAFacilitatorsOnlyTheirSessions() throws Exception {
        TestAccounts.signIn(f.coordinator09);
        try (XSSFWorkbook wb = ReportFixture.workbook(download(exports.regionalWorkbook(ReportFilter.all(), FR)))) {
            Sheet raw = sheet(wb, "reports.sheet.raw", FR);
            int region = column(raw, 0, "reports.raw.region", FR);
            List<Row> rawRows = rows(raw, 0);
            assertThat(rawRows).isNotEmpty();
            assertThat(rawRows).allMatch(r -> "Souss-Massa".equals(text(r, region)));
            int session = column(raw, 0, "reports.raw.session", FR);
            assertThat(rawRows).noneMatch(r -> f.s3.toString().equals(text(r, session)));
            Sheet regions = sheet(wb, "reports.sheet.regions", FR);
            assertThat(rows(regions, 0)).extracting(r -> text(r, 0)).containsExactly("Souss-Massa");
            Sheet sessions = sheet(wb, "reports.sheet.sessions", FR);
            int sessionRegion = column(sessions, 0, "reports.col.region", FR);
            assertThat(rows(sessions, 0)).allMatch(r -> "Souss-Massa".equals(text(r, sessionRegion)));
        }
        String csv = new String(download(exports.rawCsv(ReportFilter.all(), FR)), StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1)).isNotEmpty().allMatch(l -> l.split(",")[1].equals("Souss-Massa"));

        TestAccounts.signIn(f.facilitator1);
        try (XSSFWorkbook wb = ReportFixture.workbook(download(exports.regionalWorkbook(ReportFilter.all(), FR)))) {
            Sheet raw = sheet(wb, "reports.sheet.raw", FR);
            int session = column(raw, 0, "reports.raw.session", FR);
            assertThat(rows(raw, 0)).hasSize(8).allMatch(r -> f.s1.toString().equals(text(r, session)));
            assertThat(rows(sheet(wb, "reports.sheet.sessions", FR), 0)).hasSize(1);
        }
    }

    @Test
    void textsTypedByUsersComeOutAsInertTextInXlsxAndCsv() throws Exception {
        TestAccounts.signIn(f.admin);
        try (XSSFWorkbook wb = ReportFixture.workbook(download(exports.regionalWorkbook(f.filter(), FR)))) {
            Sheet sessions = sheet(wb, "reports.sheet.sessions", FR);
            Row s1 = rows(sessions, 0).stream().filter(r -> ReportFixture.SITE_INJECTION.equals(text(r, column(sessions, 0,
                    "reports.col.site", FR)))).findFirst().orElseThrow();
            for (String key : List.of("reports.col.site", "reports.col.city", "reports.col.host", "reports.col.notes")) {
                var cell = s1.getCell(column(sessions, 0, key, FR));
                assertThat(cell.getCellType()).as(key).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(key).isTrue();
            }
            assertThat(text(s1, column(sessions, 0, "reports.col.city", FR))).isEqualTo(ReportFixture.CITY_INJECTION);
            assertThat(text(s1, column(sessions, 0, "reports.col.notes", FR))).isEqualTo(ReportFixture.NOTES_INJECTION);
            Sheet raw = sheet(wb, "reports.sheet.raw", FR);
            int nickname = column(raw, 0, "reports.raw.nickname", FR);
            Row child = rows(raw, 0).stream().filter(r -> ReportFixture.NICKNAME_INJECTION.equals(text(r, nickname))).findFirst().orElseThrow();
            assertThat(child.getCell(nickname).getCellType()).isEqualTo(CellType.STRING);
            assertThat(child.getCell(column(raw, 0, "reports.raw.site", FR)).getCellType()).isEqualTo(CellType.STRING);
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA))));
        }
        String csv = new String(download(exports.rawCsv(f.filter(), FR)), StandardCharsets.UTF_8);
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",").contains(",\"'+SUM(1,1)\",").contains(",'=1+1,");
        assertThat(csv.lines()).noneMatch(line -> java.util.Arrays.stream(line.split(",")).anyMatch(FormulaGuard::risky));
    }

    @Test
    void theSessionWorkbookHasItsParticipantsQuestionsAndIsRefusedOutsideTheScope() throws Exception {
        TestAccounts.signIn(f.coordinator09);
        try (XSSFWorkbook wb = ReportFixture.workbook(download(exports.sessionWorkbook(f.s1, FR)))) {
            Sheet overview = sheet(wb, "reports.sheet.overview", FR);
            Row children = rows(overview, 0).stream().filter(r -> label("reports.col.children").equals(text(r, 0))).findFirst().orElseThrow();
            assertThat(number(children, 1)).isEqualTo(11);
            assertThat(rows(sheet(wb, "reports.sheet.participants", FR), 0)).hasSize(2);
            Sheet q1 = wb.getSheetAt(wb.getSheetIndex(overview) + 3);
            assertThat(q1.getSheetName()).startsWith("Q1 " + ReportFixture.Q1);
            Row showAdult = rows(q1, 1).stream().filter(r -> "show-adult".equals(text(r, 0))).findFirst().orElseThrow();
            assertThat(number(showAdult, column(q1, 1, "reports.col.devices", FR))).isEqualTo(2);
            assertThat(number(showAdult, column(q1, 1, "reports.col.childrenDevices", FR))).isEqualTo(4);
            assertThat(number(showAdult, column(q1, 1, "reports.col.hands", FR))).isEqualTo(5);
            assertThat(number(showAdult, column(q1, 1, "reports.col.share", FR))).isCloseTo(9.0 / 11, within(1e-9));
            assertThat(rows(sheet(wb, "reports.sheet.raw", FR), 0)).hasSize(4 + 4);
        }
        TestAccounts.signIn(f.coordinator01);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exports.sessionWorkbook(f.s1, FR))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dashboard.session(f.s1, FR))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void inArabicTheSheetsAreRightToLeft() throws Exception {
        TestAccounts.signIn(f.coordinator09);
        try (XSSFWorkbook wb = ReportFixture.workbook(download(exports.regionalWorkbook(f.filter(), Language.AR)))) {
            wb.forEach(sheet -> assertThat(((XSSFSheet) sheet).isRightToLeft()).as(sheet.getSheetName()).isTrue());
            Sheet regions = sheet(wb, "reports.sheet.regions", Language.AR);
            assertThat(text(rows(regions, 0).getFirst(), 0)).isEqualTo("سوس - ماسة");
        }
    }

    private byte[] download(ExportJob job) throws Exception {
        for (int i = 0; i < 600 && !job.finished(); i++) Thread.sleep(100);
        assertThat(job.state()).isEqualTo(ExportJob.State.DONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.download(job.id(), out);
        return out.toByteArray();
    }

    private static RegionRow region(Dashboard d, String code) {
        return d.regions().stream().filter(r -> java.util.Objects.equals(r.code(), code)).findFirst().orElseThrow();
    }

    private static QuestionRow question(List<QuestionRow> rows, String id) {
        return rows.stream().filter(q -> q.questionId().equals(id)).findFirst().orElseThrow();
    }

    static String label(String key) {
        return Messages.get().format(key, FR);
    }
}
