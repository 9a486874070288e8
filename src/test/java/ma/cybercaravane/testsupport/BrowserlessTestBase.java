package ma.cybercaravane.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Browserless UI tests: real views, real services, an in-memory database, no browser. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    /** The address the UI shows now, e.g. "play/AbC..." (without the leading slash). */
    protected static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
