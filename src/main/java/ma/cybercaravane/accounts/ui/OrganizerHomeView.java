package ma.cybercaravane.accounts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ma.cybercaravane.accounts.CurrentUser;
import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.shared.Regions;
import ma.cybercaravane.shared.ui.LanguageSupport;
import ma.cybercaravane.shared.ui.OrganizerLayout;

/** Where organizers land after signing in: who they are and what they can see; the menu leads on. */
@Route(value = "organizer", layout = OrganizerLayout.class)
@PageTitle("CyberCaravane")
@Menu(title = "accounts.home.menu", order = 0)
@PermitAll
class OrganizerHomeView extends Div {

    OrganizerHomeView(CurrentUser currentUser, Regions regions) {
        addClassName("cc-organizer-page");
        Scope scope = currentUser.require();
        String region = scope.region().flatMap(regions::byCode).map(r -> r.name(LanguageSupport.current())).orElse("");
        Paragraph who = new Paragraph(getTranslation("accounts.home.scope." + scope.role().name(), region));
        who.setId("organizer-scope");
        add(new H1(getTranslation("accounts.home.title", currentUser.displayName().orElse(""))), who);
    }
}
