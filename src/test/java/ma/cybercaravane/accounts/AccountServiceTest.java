package ma.cybercaravane.accounts;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only admins manage accounts; every field is checked with a clear error; there is always an admin left. */
@SpringBootTest
@ActiveProfiles("test")
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AppUserRepository users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @ParameterizedTest
    @ValueSource(strings = {"COORDINATOR", "FACILITATOR"})
    void nonAdminsCannotTouchAccounts(String role) {
        UUID someone = new TestAccounts(jdbc).create("FACILITATOR", "09").id();
        TestAccounts.signIn(new TestAccounts(jdbc).create(role, "09"));
        List<Consumer<AccountService>> actions = List.of(
                AccountService::list,
                a -> a.create(new NewAccount("intruder" + UUID.randomUUID().toString().substring(0, 6), "X", Role.ADMIN, null, "long-enough-pass")),
                a -> a.update(someone, new AccountChange("X", Role.ADMIN, null)),
                a -> a.setEnabled(someone, false),
                a -> a.resetPassword(someone, "long-enough-pass"));
        for (Consumer<AccountService> action : actions) {
            assertThatThrownBy(() -> action.accept(accounts)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select role from app_user where id = ?", String.class, someone)).isEqualTo("FACILITATOR");
    }

    @Test
    void anonymousCannotListAccounts() {
        assertThatThrownBy(accounts::list).isInstanceOfAny(AuthenticationException.class, AccessDeniedException.class);
    }

    @Test
    void aDemotedAdminLosesAccessAtOnceEvenWithAnOldSignIn() {
        TestAccounts.Account admin = new TestAccounts(jdbc).create("ADMIN", null);
        TestAccounts.signIn(admin);
        jdbc.update("update app_user set role = 'FACILITATOR', region_code = '09' where id = ?", admin.id());
        assertThatThrownBy(accounts::list).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminCreatesACoordinatorWithAHashedPassword() {
        TestAccounts.signIn(new TestAccounts(jdbc).create("ADMIN", null));
        String username = "Coord." + UUID.randomUUID().toString().substring(0, 8);
        AccountSummary created = accounts.create(new NewAccount("  " + username + " ", "Coordination مراكش", Role.COORDINATOR, "07", "a-long-passphrase"));
        assertThat(created.username()).isEqualTo(username.toLowerCase());
        assertThat(created.role()).isEqualTo(Role.COORDINATOR);
        assertThat(created.regionCode()).isEqualTo("07");
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, created.id());
        assertThat(hash).doesNotContain("a-long-passphrase");
        assertThat(encoder.matches("a-long-passphrase", hash)).isTrue();
        assertThat(accounts.list()).extracting(AccountSummary::username).contains(username.toLowerCase());
    }

    @Test
    void anAdminChangesRoleRegionDisablesAndResetsAPassword() {
        TestAccounts.signIn(new TestAccounts(jdbc).create("ADMIN", null));
        UUID id = new TestAccounts(jdbc).create("FACILITATOR", "09").id();
        jdbc.update("update app_user set locked_until = ? where id = ?", java.time.OffsetDateTime.now().plusMinutes(10), id);
        accounts.update(id, new AccountChange("Nouvelle coordination", Role.COORDINATOR, "10"));
        accounts.setEnabled(id, false);
        accounts.resetPassword(id, "another-long-one");
        var row = jdbc.queryForMap("select display_name, role, region_code, enabled, locked_until, password_hash from app_user where id = ?", id);
        assertThat(row.get("display_name")).isEqualTo("Nouvelle coordination");
        assertThat(row.get("role")).isEqualTo("COORDINATOR");
        assertThat(row.get("region_code")).isEqualTo("10");
        assertThat(row.get("enabled")).isEqualTo(false);
        assertThat(row.get("locked_until")).isNull();
        assertThat(encoder.matches("another-long-one", (String) row.get("password_hash"))).isTrue();
        accounts.update(id, new AccountChange("Admin", Role.ADMIN, "10"));
        assertThat(jdbc.queryForObject("select region_code from app_user where id = ?", String.class, id)).isNull();
    }

    @Test
    void everyFieldIsCheckedWithItsOwnError() {
        TestAccounts.signIn(new TestAccounts(jdbc).create("ADMIN", null));
        String taken = new TestAccounts(jdbc).create("FACILITATOR", "09").username();
        assertError(new NewAccount("ab", "Name", Role.ADMIN, null, "long-enough-pass"), "username", "accounts.error.usernameFormat");
        assertError(new NewAccount("has space", "Name", Role.ADMIN, null, "long-enough-pass"), "username", "accounts.error.usernameFormat");
        assertError(new NewAccount("émile", "Name", Role.ADMIN, null, "long-enough-pass"), "username", "accounts.error.usernameFormat");
        assertError(new NewAccount("", "Name", Role.ADMIN, null, "long-enough-pass"), "username", "accounts.input.required");
        assertError(new NewAccount(taken.toUpperCase(), "Name", Role.ADMIN, null, "long-enough-pass"), "username", "accounts.error.usernameTaken");
        assertError(new NewAccount(fresh(), " ", Role.ADMIN, null, "long-enough-pass"), "displayName", "accounts.input.required");
        assertError(new NewAccount(fresh(), "x".repeat(121), Role.ADMIN, null, "long-enough-pass"), "displayName", "accounts.input.tooLong");
        assertError(new NewAccount(fresh(), "Bad\u0007bell", Role.ADMIN, null, "long-enough-pass"), "displayName", "accounts.input.control");
        assertError(new NewAccount(fresh(), "Name", null, null, "long-enough-pass"), "role", "accounts.input.required");
        assertError(new NewAccount(fresh(), "Name", Role.COORDINATOR, null, "long-enough-pass"), "regionCode", "accounts.error.regionRequired");
        assertError(new NewAccount(fresh(), "Name", Role.FACILITATOR, "", "long-enough-pass"), "regionCode", "accounts.error.regionRequired");
        assertError(new NewAccount(fresh(), "Name", Role.FACILITATOR, "99", "long-enough-pass"), "regionCode", "accounts.error.unknownRegion");
        assertError(new NewAccount(fresh(), "Name", Role.ADMIN, null, "123456789"), "password", "accounts.error.passwordShort");
        assertError(new NewAccount(fresh(), "Name", Role.ADMIN, null, "é".repeat(37)), "password", "accounts.error.passwordLong");
        assertError(new NewAccount(fresh(), "Name", Role.ADMIN, null, "tab\tinside-pass"), "password", "accounts.input.control");
        InvalidInput all = catchInvalid(new NewAccount("x", "", Role.FACILITATOR, null, "short"));
        assertThat(all.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("username", "displayName", "regionCode", "password");
    }

    @Test
    @Transactional // rolled back: other admins are disabled only inside this test
    void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() {
        TestAccounts.Account me = new TestAccounts(jdbc).create("ADMIN", null);
        TestAccounts.signIn(me);
        jdbc.update("update app_user set enabled = false where role = 'ADMIN' and id <> ?", me.id());
        assertThatThrownBy(() -> accounts.setEnabled(me.id(), false)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.on("enabled").orElseThrow().key()).isEqualTo("accounts.error.lastAdmin"));
        assertThatThrownBy(() -> accounts.update(me.id(), new AccountChange("Me", Role.COORDINATOR, "09"))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.on("role").orElseThrow().key()).isEqualTo("accounts.error.lastAdmin"));
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, me.id())).isTrue();
        accounts.create(new NewAccount(fresh(), "Second admin", Role.ADMIN, null, "long-enough-pass"));
        accounts.update(me.id(), new AccountChange("Me", Role.COORDINATOR, "09"));
        assertThat(users.findById(me.id()).orElseThrow().role()).isEqualTo(Role.COORDINATOR);
    }

    @Test
    void facilitatorsAPlannerMayAssign() {
        TestAccounts t = new TestAccounts(jdbc);
        TestAccounts.Account souss = t.create("FACILITATOR", "09");
        TestAccounts.Account casa = t.create("FACILITATOR", "06");
        TestAccounts.Account disabled = t.create("FACILITATOR", "09");
        jdbc.update("update app_user set enabled = false where id = ?", disabled.id());
        TestAccounts.signIn(t.create("ADMIN", null));
        assertThat(accounts.assignableFacilitators()).extracting(Facilitator::id).contains(souss.id(), casa.id()).doesNotContain(disabled.id());
        TestAccounts.signIn(t.create("COORDINATOR", "09"));
        assertThat(accounts.assignableFacilitators()).extracting(Facilitator::id).contains(souss.id()).doesNotContain(casa.id(), disabled.id());
        assertThat(accounts.assignableFacilitators()).allMatch(f -> f.regionCode().equals("09"));
        TestAccounts.signIn(souss);
        assertThat(accounts.assignableFacilitators()).extracting(Facilitator::id).containsExactly(souss.id());
    }

    private void assertError(NewAccount account, String field, String key) {
        InvalidInput e = catchInvalid(account);
        assertThat(e.on(field)).as(field + " of " + account).isPresent();
        assertThat(e.on(field).orElseThrow().key()).as(field + " of " + account).isEqualTo(key);
    }

    private InvalidInput catchInvalid(NewAccount account) {
        try {
            accounts.create(account);
        } catch (InvalidInput e) {
            return e;
        }
        throw new AssertionError("accepted: " + account);
    }

    private static String fresh() {
        return "u" + UUID.randomUUID().toString().substring(0, 12);
    }
}
