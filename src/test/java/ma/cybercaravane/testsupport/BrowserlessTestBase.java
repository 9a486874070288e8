package ma.cybercaravane.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Browserless UI tests: real views, real services, an in-memory database, no browser. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    /** Taps an answer: text choices are Vaadin buttons, picture choices native buttons (the whole card is the target). */
    protected void tapChoice(String choiceId) {
        String id = "choice-" + choiceId;
        var text = $(com.vaadin.flow.component.button.Button.class).withId(id).all();
        if (!text.isEmpty()) test(text.getFirst()).click();
        else test($(com.vaadin.flow.component.html.NativeButton.class).id(id)).click();
    }

    /** The address the UI shows now, e.g. "play/AbC..." (without the leading slash). */
    protected static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
