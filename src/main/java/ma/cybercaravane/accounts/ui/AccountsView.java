package ma.cybercaravane.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cybercaravane.accounts.AccountService;
import ma.cybercaravane.accounts.AccountSummary;
import ma.cybercaravane.shared.Regions;
import ma.cybercaravane.shared.ui.LanguageSupport;
import ma.cybercaravane.shared.ui.OrganizerLayout;

/** National admins manage organizer accounts: list, create, change, disable, reset a password. */
@Route(value = "accounts", layout = OrganizerLayout.class)
@PageTitle("CyberCaravane")
@Menu(title = "accounts.admin.menu", order = 90)
@RolesAllowed("ADMIN")
@CssImport("./styles/organizer.css")
class AccountsView extends Div {

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final AccountEditor editor;

    AccountsView(AccountService accounts, Regions regions) {
        this.accounts = accounts;
        addClassName("cc-organizer-page");
        AccountCreateForm createForm = new AccountCreateForm(accounts, regions, this::refresh);
        editor = new AccountEditor(accounts, regions, this::refresh);
        Button add = new Button(getTranslation("accounts.admin.new"), e -> {
            grid.deselectAll();
            createForm.open();
        });
        add.setId("account-new");
        grid.setId("accounts-grid");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.admin.username")).setSortable(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.admin.displayName")).setSortable(true);
        grid.addColumn(a -> getTranslation(a.role().messageKey())).setHeader(getTranslation("accounts.admin.role"));
        grid.addColumn(a -> a.regionCode() == null ? "" : regions.byCode(a.regionCode()).map(r -> r.name(LanguageSupport.current())).orElse(a.regionCode()))
                .setHeader(getTranslation("accounts.admin.region"));
        grid.addColumn(a -> getTranslation(!a.enabled() ? "accounts.admin.state.disabled" : a.locked() ? "accounts.admin.state.locked" : "accounts.admin.state.active"))
                .setHeader(getTranslation("accounts.admin.state"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) createForm.setVisible(false);
            editor.edit(e.getValue());
        });
        add(new H1(getTranslation("accounts.admin.title")), add, createForm, grid, editor);
        refresh();
    }

    private void refresh() {
        var selected = grid.asSingleSelect().getValue();
        var all = accounts.list();
        grid.setItems(all);
        if (selected != null) {
            all.stream().filter(a -> a.id().equals(selected.id())).findFirst().ifPresent(a -> {
                grid.select(a);
                editor.edit(a);
            });
        }
    }
}
