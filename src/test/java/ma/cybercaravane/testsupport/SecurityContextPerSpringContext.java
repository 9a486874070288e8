package ma.cybercaravane.testsupport;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several Spring contexts live in one test JVM (H2, PostgreSQL, dirtied ones). Each makes its own Vaadin-aware
 * security context holder, with its own thread-local, and the last one made replaces the global one. Before each
 * test this puts back the holder of the test's own context, so {@link TestAccounts#signIn} is seen by that
 * context's method security whatever ran before.
 */
public class SecurityContextPerSpringContext implements TestExecutionListener {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useHolderOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useHolderOf(testContext);
    }

    private static void useHolderOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) return;
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
