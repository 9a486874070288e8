package ma.cybercaravane.reports.ui;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.reports.DashboardService;
import ma.cybercaravane.reports.ReportFilter;
import ma.cybercaravane.reports.ReportFixture;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.testsupport.BrowserTestBase;
import ma.cybercaravane.testsupport.TestAccounts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, production mode: a regional coordinator signs in, opens the results, sees the charts and the tile map,
 * asks for the regional workbook, watches it being prepared, downloads it, and the workbook (read with POI) holds the
 * number of children the dashboard shows. The dashboard passes the accessibility scan, in French and in Arabic.
 */
class ReportsInBrowserIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContentService content;
    @Autowired
    DashboardService dashboard;

    @Test
    void aCoordinatorDownloadsTheRegionalWorkbookFromTheDashboard() throws Exception {
        ReportFixture f = new ReportFixture(jdbc, content);
        context.close();
        context = newContext(1280, 900);
        page = context.newPage();
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(f.coordinator09.username());
        page.locator("vaadin-login-form input[name='password']").fill("secret-password");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL("**/organizer");

        page.navigate(url("reports"));
        settle(page);
        assertThat(page.locator("#region-tile-09")).containsText("Souss-Massa");
        assertThat(page.locator("#modes-chart canvas")).isVisible();
        assertThat(page.locator("#region-table")).isVisible();
        assertAccessible(page);
        screenshot(page, "reports-dashboard-fr");
        page.locator("#participation").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target", "screenshots", "reports-tile-map-fr.png")));

        page.click("#export-regional");
        assertThat(page.locator("#download-regional")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        Download download = page.waitForDownload(() -> page.click("#download-regional"));
        assertThat(download.suggestedFilename()).startsWith("cybercaravane-region-09-").endsWith(".xlsx");

        TestAccounts.signIn(f.coordinator09);
        long children;
        try {
            children = dashboard.load(ReportFilter.all(), Language.FR).regions().getFirst().children();
        } finally {
            TestAccounts.signOut();
        }
        assertThat(children).isGreaterThanOrEqualTo(14);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(download.path()))) {
            Sheet regions = wb.getSheet(Messages.get().format("reports.sheet.regions", Language.FR));
            Row souss = regions.getRow(1);
            assertThat(souss.getCell(0).getStringCellValue()).isEqualTo("Souss-Massa");
            assertThat((long) souss.getCell(3).getNumericCellValue()).isEqualTo(children);
            assertThat(regions.getLastRowNum()).as("the coordinator's region only").isEqualTo(1);
        }
        String shown = page.locator("#kpi-children").textContent().replaceAll("\\D", "");
        assertThat(Long.parseLong(shown)).isEqualTo(children);

        page.click("#lang-ar");
        settle(page);
        assertThat(page.evaluate("document.documentElement.dir")).isEqualTo("rtl");
        assertThat(page.locator("#region-tile-09")).containsText("سوس - ماسة");
        assertAccessible(page);
        screenshot(page, "reports-dashboard-ar");
        page.setViewportSize(360, 780);
        settle(page);
        screenshot(page, "reports-dashboard-ar-360");
    }
}
