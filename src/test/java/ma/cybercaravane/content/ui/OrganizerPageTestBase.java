package ma.cybercaravane.content.ui;

import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.testsupport.BrowserlessTestBase;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The library pages' tests: the content service, the database, and an organizer of a role signed in. Each Spring
 * context installs its own (Vaadin-aware) security-context strategy globally when it starts; when another test class
 * started a different context in between, this (cached) context's services would read an empty one. Installing this
 * context's strategy before the mocked UI is made keeps the signed-in organizer visible to the view access check
 * and to the services' @PreAuthorize.
 */
abstract class OrganizerPageTestBase extends BrowserlessTestBase {

    @Autowired
    ContentService content;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy securityStrategy;

    /** Before the mocked UI and request are made: they keep the strategy that is global at that moment. */
    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        SecurityContextHolder.setContextHolderStrategy(securityStrategy);
        super.initVaadinEnvironment();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    void signIn(String role, String region) {
        TestAccounts.signIn(new TestAccounts(jdbc).create(role, region));
    }
}
