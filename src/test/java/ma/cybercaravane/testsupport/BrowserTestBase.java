package ma.cybercaravane.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser tests (*IT, run by failsafe in {@code ./mvnw verify}): the app in production mode on a random port,
 * driven by Playwright with Debian's Chromium. Playwright never downloads a browser here. A missing Chromium
 * fails the test with the install command: browser tests never skip silently.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
public abstract class BrowserTestBase {

    static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage");

    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as("Chromium is needed for browser tests: install it with 'apt-get install -y chromium' (or set -Dchromium.path=...)")
                .isTrue();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = newContext(360, 780);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) context.close();
    }

    /** A separate browser (own cookies and local storage), e.g. a second child's phone. */
    protected BrowserContext newContext(int width, int height) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("fr-FR"));
        c.setDefaultTimeout(20_000);
        return c;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Waits until Vaadin has rendered and has no request in flight. */
    protected static void settle(Page p) {
        p.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** Axe scan: no serious or critical violation on the page as it is now. */
    protected static void assertAccessible(Page p) {
        AxeResults results = new AxeBuilder(p).withTags(List.of("wcag2a", "wcag2aa")).analyze();
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(bad).as(() -> p.url() + " accessibility: " + bad.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    protected static void screenshot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")).setFullPage(true));
    }
}
