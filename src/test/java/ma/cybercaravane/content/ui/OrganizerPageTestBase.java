package ma.cybercaravane.content.ui;

import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.testsupport.OrganizerBrowserlessTest;
import ma.cybercaravane.testsupport.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The library pages' tests: the content service, the database, and an organizer of a role signed in. */
abstract class OrganizerPageTestBase extends OrganizerBrowserlessTest {

    @Autowired
    ContentService content;
    @Autowired
    JdbcTemplate jdbc;

    void signIn(String role, String region) {
        signIn(new TestAccounts(jdbc).create(role, region));
    }
}
