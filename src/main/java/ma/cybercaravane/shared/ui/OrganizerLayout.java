package ma.cybercaravane.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every organizer page (facilitators, coordinators, admins). The menu lists the views annotated
 * with {@code @Menu(title = "<translation key>", order = n)} that the signed-in user may open: a feature adds
 * its page to the menu without touching this class, and a role never sees a link it cannot follow.
 * Vaadin 25 also checks a view's parent layouts: this frame is open to every signed-in organizer (each view then
 * says who may open it); without the annotation every organizer page would be denied.
 */
@PermitAll
public class OrganizerLayout extends AppLayout {

    public OrganizerLayout(AuthenticationContext auth) {
        addClassName("cc-organizer");
        setPrimarySection(Section.DRAWER);
        Anchor brand = new Anchor("", getTranslation("shared.app.name"));
        brand.addClassName("cc-organizer-brand");
        Span user = new Span(auth.getPrincipalName().orElse(""));
        user.setId("organizer-user");
        user.addClassName("cc-organizer-user");
        Button logout = new Button(getTranslation("shared.organizer.logout"), e -> auth.logout());
        logout.setId("logout-button");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shared.organizer.menu"));
        Div bar = new Div(toggle, new LanguageSwitcher(), user, logout);
        bar.addClassName("cc-organizer-bar");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.setId("organizer-menu");
        nav.getElement().setAttribute("aria-label", getTranslation("shared.organizer.menu"));
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(true);
            nav.addItem(item);
        });
        addToDrawer(brand, nav);
    }
}
