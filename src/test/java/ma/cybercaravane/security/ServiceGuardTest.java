package ma.cybercaravane.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import ma.cybercaravane.accounts.AccountService;
import ma.cybercaravane.reports.DashboardService;
import ma.cybercaravane.reports.ReportExports;
import ma.cybercaravane.sessions.SessionMaterials;
import ma.cybercaravane.sessions.SessionPlanningService;
import ma.cybercaravane.sessions.SessionRunService;
import ma.cybercaravane.sessions.SiteService;
import ma.cybercaravane.testsupport.BrowserlessTestBase;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services are the real boundary: every public method of every organizer service refuses an anonymous caller
 * before it reads or changes anything, and the account administration refuses every role but admin. Called
 * through the Spring proxies with empty arguments, as a forged request would.
 */
class ServiceGuardTest extends BrowserlessTestBase {

    /** The organizer services; a new one belongs here. */
    static final List<Class<?>> ORGANIZER_SERVICES = List.of(AccountService.class, SiteService.class,
            SessionPlanningService.class, SessionRunService.class, SessionMaterials.class, DashboardService.class,
            ReportExports.class);
    static final Set<String> ACCOUNT_ADMINISTRATION = Set.of("list", "create", "update", "setEnabled", "resetPassword");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void anonymousCallersAreRefusedByEveryOrganizerService() {
        TestAccounts.signOut();
        List<String> open = new ArrayList<>();
        for (Class<?> type : ORGANIZER_SERVICES) {
            Object service = context.getBean(type);
            for (Method method : publicMethods(type)) {
                Throwable outcome = call(service, method);
                if (!(outcome instanceof AuthenticationCredentialsNotFoundException || outcome instanceof AccessDeniedException)) {
                    open.add(type.getSimpleName() + "." + method.getName() + " -> " + (outcome == null ? "ran" : outcome));
                }
            }
        }
        assertThat(open).as("organizer service methods an anonymous caller reached").isEmpty();
    }

    @Test
    void accountAdministrationRefusesCoordinatorsAndFacilitators() {
        for (String role : List.of("COORDINATOR", "FACILITATOR")) {
            TestAccounts.signIn(new TestAccounts(jdbc).create(role, "09"));
            AccountService accounts = context.getBean(AccountService.class);
            for (Method method : publicMethods(AccountService.class)) {
                if (!ACCOUNT_ADMINISTRATION.contains(method.getName())) continue;
                assertThat(call(accounts, method)).as(role + " " + method.getName()).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .toList();
    }

    /** The exception the call ended with, or null when it ran. */
    private static Throwable call(Object proxy, Method declared) {
        try {
            Method method = AopUtils.selectInvocableMethod(declared, proxy.getClass());
            Object[] args = Arrays.stream(method.getParameterTypes()).map(ServiceGuardTest::empty).toArray();
            method.invoke(proxy, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getTargetException();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) return false;
        if (type == int.class) return 0;
        if (type == long.class) return 0L;
        if (type == short.class) return (short) 0;
        if (type == double.class) return 0d;
        return null;
    }
}
