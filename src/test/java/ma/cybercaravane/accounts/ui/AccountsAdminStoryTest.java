package ma.cybercaravane.accounts.ui;

import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cybercaravane.accounts.AccountSummary;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.testsupport.OrganizerBrowserlessTest;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A national admin opens "Accounts" and creates the coordinator of Souss-Massa; mistakes are shown under the fields. */
class AccountsAdminStoryTest extends OrganizerBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminCreatesACoordinator() {
        signIn(new TestAccounts(jdbc).create("ADMIN", null));
        navigate(AccountsView.class);
        test($(Button.class).id("account-new")).click();
        String username = "souss-" + UUID.randomUUID().toString().substring(0, 6);
        test($(TextField.class).id("account-username")).setValue(username);
        test($(TextField.class).id("account-display-name")).setValue("Coordination سوس ماسة");
        test($(Select.class).id("account-role")).selectItem(text("accounts.role.COORDINATOR"));
        test($(Select.class).id("account-region")).selectItem("Souss-Massa");
        test($(PasswordField.class).id("account-password")).setValue("short");
        test($(Button.class).id("account-create")).click();

        PasswordField password = $(PasswordField.class).id("account-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(text("accounts.error.passwordShort", 10));
        assertThat(jdbc.queryForList("select id from app_user where username = ?", username)).isEmpty();

        test(password).setValue("a-long-enough-passphrase");
        test($(Button.class).id("account-create")).click();

        Map<String, Object> row = jdbc.queryForMap("select display_name, role, region_code, enabled from app_user where username = ?", username);
        assertThat(row).containsEntry("DISPLAY_NAME", "Coordination سوس ماسة").containsEntry("ROLE", "COORDINATOR")
                .containsEntry("REGION_CODE", "09").containsEntry("ENABLED", true);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = $(Grid.class).id("accounts-grid");
        assertThat(grid.getListDataView().getItems()).extracting(AccountSummary::username).contains(username);
        assertThat($(TextField.class).withId("account-username").all()).as("the form closes").isEmpty();
    }

    @Test
    void anAdminDisablesAnAccountButNotTheLastAdminsOwn() {
        TestAccounts.Account admin = new TestAccounts(jdbc).create("ADMIN", null);
        TestAccounts.Account anim = new TestAccounts(jdbc).create("FACILITATOR", "09");
        signIn(admin);
        navigate(AccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = $(Grid.class).id("accounts-grid");
        grid.select(grid.getListDataView().getItems().filter(a -> a.id().equals(anim.id())).findFirst().orElseThrow());
        test($(Button.class).id("account-toggle")).click();
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, anim.id())).isFalse();
        assertThat($(Button.class).id("account-toggle").getText()).isEqualTo(text("accounts.admin.enable"));
    }

    @Test
    void theAccountsPageIsForAdminsOnly() {
        signIn(new TestAccounts(jdbc).create("COORDINATOR", "09"));
        try {
            navigate(AccountsView.class);
        } catch (RuntimeException refused) {
            // browserless reports the refused navigation
        }
        assertThat($(Grid.class).withId("accounts-grid").all()).isEmpty();
        assertThat($(Paragraph.class).all()).noneMatch(p -> p.getText().contains("admin"));
    }

    private static String text(String key, Object... args) {
        return Messages.get().format(key, Language.FR, args);
    }
}
