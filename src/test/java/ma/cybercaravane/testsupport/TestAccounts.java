package ma.cybercaravane.testsupport;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

/**
 * Organizer accounts for tests, written straight to the database (unique usernames per call), and a helper to
 * act as one of them. Roles: ADMIN, COORDINATOR (with a region code such as "09"), FACILITATOR.
 */
public final class TestAccounts {

    private final JdbcTemplate jdbc;

    public TestAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Account(UUID id, String username, String role, String region) {}

    public Account create(String role, String region) {
        UUID id = UUID.randomUUID();
        String username = role.toLowerCase() + "-" + id.toString().substring(0, 8);
        jdbc.update("insert into app_user (id, username, display_name, password_hash, role, region_code, enabled, failed_logins, created_at) "
                        + "values (?,?,?,?,?,?,true,0,?)",
                id, username, username, "{noop}secret-password", role, "ADMIN".equals(role) ? null : region, OffsetDateTime.now());
        return new Account(id, username, role, region);
    }

    /** Acts as this account in the current thread (services read the scope from the database by username). */
    public static void signIn(Account account) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                account.username(), null, List.of(new SimpleGrantedAuthority("ROLE_" + account.role()))));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
