package ma.cybercaravane.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import ma.cybercaravane.accounts.AccountService;
import ma.cybercaravane.accounts.Forms;
import ma.cybercaravane.accounts.InvalidInput;
import ma.cybercaravane.accounts.NewAccount;
import ma.cybercaravane.accounts.Role;
import ma.cybercaravane.shared.Regions;

/** The admin creates an account: username, name, role, region, first password (told to the person in private). */
class AccountCreateForm extends Div {

    private final Binder<NewAccount> binder = new Binder<>(NewAccount.class);
    private final Paragraph errors = new Paragraph();

    AccountCreateForm(AccountService accounts, Regions regions, Runnable saved) {
        addClassName("cc-form-panel");
        setId("account-create-form");
        TextField username = new TextField(getTranslation("accounts.admin.username"));
        username.setId("account-username");
        username.setHelperText(getTranslation("accounts.admin.usernameHelp"));
        username.setMaxLength(AccountService.MAX_USERNAME);
        AccountFields fields = new AccountFields(this, regions, "account");
        PasswordField password = new PasswordField(getTranslation("accounts.admin.password"));
        password.setId("account-password");
        password.setHelperText(getTranslation("accounts.admin.passwordHelp", AccountService.MIN_PASSWORD));
        binder.forField(username).withValidator(Forms.text(AccountService.MAX_USERNAME, true, false)).bind("username");
        binder.forField(fields.displayName).withValidator(Forms.text(AccountService.MAX_DISPLAY_NAME, true, false)).bind("displayName");
        binder.forField(fields.role).asRequired(getTranslation("accounts.input.required")).bind("role");
        binder.forField(fields.region).bind("regionCode");
        binder.forField(password).bind("password");
        errors.setId("account-create-errors");
        errors.addClassName("cc-form-errors");
        Button create = new Button(getTranslation("accounts.admin.create"), e -> save(accounts, saved));
        create.setId("account-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("accounts.admin.cancel"), e -> setVisible(false));
        cancel.setId("account-create-cancel");
        add(new H2(getTranslation("accounts.admin.newTitle")),
                new FormLayout(username, fields.displayName, fields.role, fields.region, password), errors, new Div(create, cancel));
        setVisible(false);
    }

    void open() {
        binder.readRecord(new NewAccount("", "", Role.FACILITATOR, null, ""));
        errors.setText("");
        setVisible(true);
    }

    private void save(AccountService accounts, Runnable saved) {
        try {
            NewAccount account = binder.writeRecord();
            accounts.create(account);
            Notification.show(getTranslation("accounts.admin.created", account.username()));
            setVisible(false);
            saved.run();
        } catch (ValidationException e) {
            errors.setText("");
        } catch (InvalidInput e) {
            errors.setText(String.join(" ", Forms.show(e, binder, this)));
        }
    }
}
