package ma.cybercaravane.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import ma.cybercaravane.accounts.AccountChange;
import ma.cybercaravane.accounts.AccountService;
import ma.cybercaravane.accounts.AccountSummary;
import ma.cybercaravane.accounts.Forms;
import ma.cybercaravane.accounts.InvalidInput;
import ma.cybercaravane.shared.Regions;

/** The selected account: change name, role and region; disable or enable; set a new password. */
class AccountEditor extends Div {

    private final AccountService accounts;
    private final Runnable changed;
    private final Binder<AccountChange> binder = new Binder<>(AccountChange.class);
    private final H2 title = new H2();
    private final Button toggle = new Button();
    private final PasswordField password = new PasswordField();
    private final Paragraph errors = new Paragraph();
    private AccountSummary account;

    AccountEditor(AccountService accounts, Regions regions, Runnable changed) {
        this.accounts = accounts;
        this.changed = changed;
        addClassName("cc-form-panel");
        setId("account-editor");
        AccountFields fields = new AccountFields(this, regions, "account-edit");
        binder.forField(fields.displayName).withValidator(Forms.text(AccountService.MAX_DISPLAY_NAME, true, false)).bind("displayName");
        binder.forField(fields.role).asRequired(getTranslation("accounts.input.required")).bind("role");
        binder.forField(fields.region).bind("regionCode");
        Button save = new Button(getTranslation("accounts.admin.save"), e -> save());
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toggle.setId("account-toggle");
        toggle.addClickListener(e -> run(() -> accounts.setEnabled(account.id(), !account.enabled()), "accounts.admin.saved"));
        password.setLabel(getTranslation("accounts.admin.newPassword"));
        password.setId("account-new-password");
        password.setHelperText(getTranslation("accounts.admin.passwordHelp", AccountService.MIN_PASSWORD));
        Button reset = new Button(getTranslation("accounts.admin.resetPassword"),
                e -> run(() -> accounts.resetPassword(account.id(), password.getValue()), "accounts.admin.passwordReset"));
        reset.setId("account-reset-password");
        errors.setId("account-edit-errors");
        errors.addClassName("cc-form-errors");
        add(title, new FormLayout(fields.displayName, fields.role, fields.region), errors, new Div(save, toggle),
                new FormLayout(password), reset);
        setVisible(false);
    }

    void edit(AccountSummary selected) {
        account = selected;
        setVisible(selected != null);
        if (selected == null) return;
        title.setText(selected.username());
        binder.readRecord(new AccountChange(selected.displayName(), selected.role(), selected.regionCode()));
        toggle.setText(getTranslation(selected.enabled() ? "accounts.admin.disable" : "accounts.admin.enable"));
        password.clear();
        password.setInvalid(false);
        errors.setText("");
    }

    private void save() {
        try {
            AccountChange change = binder.writeRecord();
            run(() -> accounts.update(account.id(), change), "accounts.admin.saved");
        } catch (ValidationException e) {
            errors.setText("");
        }
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey, account.username()));
            changed.run();
        } catch (InvalidInput e) {
            e.on("password").ifPresentOrElse(p -> {
                password.setErrorMessage(getTranslation(p.key(), p.argArray()));
                password.setInvalid(true);
            }, () -> errors.setText(String.join(" ", Forms.show(e, binder, this))));
        }
    }
}
