package ma.cybercaravane.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ma.cybercaravane.sessions.Site;
import ma.cybercaravane.sessions.SiteService;
import ma.cybercaravane.shared.Regions;
import ma.cybercaravane.shared.ui.OrganizerLayout;

/** Sites of caravan stops in the organizer's scope; add one, or edit one (admins and coordinators). */
@Route(value = "sites", layout = OrganizerLayout.class)
@PageTitle("CyberCaravane")
@Menu(title = "sessions.sites.menu", order = 20)
@PermitAll
@CssImport("./styles/organizer.css")
class SitesView extends Div {

    private final SiteService sites;
    private final Grid<Site> grid = new Grid<>();

    SitesView(SiteService sites, Regions regions) {
        this.sites = sites;
        addClassName("cc-organizer-page");
        SiteForm form = new SiteForm(sites, saved -> {
            Notification.show(getTranslation("sessions.site.saved", saved.name()));
            refresh();
        });
        Button add = new Button(getTranslation("sessions.site.new"), e -> {
            grid.deselectAll();
            form.open(null);
        });
        add.setId("site-new");
        grid.setId("sites-grid");
        grid.addColumn(Site::name).setHeader(getTranslation("sessions.site.name")).setSortable(true);
        grid.addColumn(s -> getTranslation(s.kind().messageKey())).setHeader(getTranslation("sessions.site.kind"));
        grid.addColumn(Site::city).setHeader(getTranslation("sessions.site.city")).setSortable(true);
        grid.addColumn(s -> Labels.region(regions, s.regionCode())).setHeader(getTranslation("sessions.site.region"));
        grid.addColumn(Site::hostOrganization).setHeader(getTranslation("sessions.site.host"));
        grid.setAllRowsVisible(true);
        if (sites.canEdit()) {
            grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null) form.open(e.getValue());
            });
        }
        add(new H1(getTranslation("sessions.sites.title")), add, form, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(sites.list());
    }
}
