package ma.cybercaravane.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every Spring context installs its own (Vaadin-aware) security-context strategy globally when it starts, and its
 * method security keeps using that one. When a test run holds several contexts (H2, PostgreSQL, browser tests),
 * a test of an earlier context would sign in through the latest context's strategy and its services would see
 * nobody. Before each test method this puts the test's own context's strategy back (registered for every Spring
 * test in {@code META-INF/spring.factories}).
 */
public class SecurityStrategyPerContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
