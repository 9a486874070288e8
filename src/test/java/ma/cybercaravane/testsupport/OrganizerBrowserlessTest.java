package ma.cybercaravane.testsupport;

import org.junit.jupiter.api.AfterEach;

/**
 * Browserless tests of organizer pages: {@link #signIn} acts as an organizer and opens a fresh UI, so the view
 * access checks (which read the signed-in user when the UI is made) see that organizer.
 */
public abstract class OrganizerBrowserlessTest extends BrowserlessTestBase {

    protected void signIn(TestAccounts.Account account) {
        TestAccounts.signIn(account);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    @AfterEach
    void signOutOrganizer() {
        TestAccounts.signOut();
    }
}
