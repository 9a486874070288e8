package ma.cybercaravane.content.ui;

import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.testsupport.BrowserlessTestBase;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The library pages' tests: the content service, the database, and an organizer of a role signed in. */
abstract class OrganizerPageTestBase extends BrowserlessTestBase {

    @Autowired
    ContentService content;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    void signIn(String role, String region) {
        TestAccounts.signIn(new TestAccounts(jdbc).create(role, region));
    }
}
