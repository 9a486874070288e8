package ma.cybercaravane.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import ma.cybercaravane.accounts.AccountService;
import ma.cybercaravane.accounts.Role;
import ma.cybercaravane.shared.Region;
import ma.cybercaravane.shared.Regions;
import ma.cybercaravane.shared.ui.LanguageSupport;

/** Fields both account forms use: display name, role, and a region shown only for coordinators and facilitators. */
final class AccountFields {

    final TextField displayName;
    final Select<Role> role = new Select<>();
    final Select<String> region = new Select<>();

    AccountFields(Component owner, Regions regions, String idPrefix) {
        displayName = new TextField(owner.getTranslation("accounts.admin.displayName"));
        displayName.setId(idPrefix + "-display-name");
        displayName.setMaxLength(AccountService.MAX_DISPLAY_NAME);
        role.setLabel(owner.getTranslation("accounts.admin.role"));
        role.setId(idPrefix + "-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> owner.getTranslation(r.messageKey()));
        region.setLabel(owner.getTranslation("accounts.admin.region"));
        region.setId(idPrefix + "-region");
        region.setItems(regions.all().stream().map(Region::code).toList());
        region.setItemLabelGenerator(code -> regions.byCode(code).map(r -> r.name(LanguageSupport.current())).orElse(code));
        role.addValueChangeListener(e -> region.setVisible(e.getValue() != Role.ADMIN));
    }
}
