package ma.cybercaravane.sessions.ui;

import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import ma.cybercaravane.accounts.Forms;
import ma.cybercaravane.accounts.InvalidInput;
import ma.cybercaravane.sessions.Site;
import ma.cybercaravane.sessions.SiteDraft;
import ma.cybercaravane.sessions.SiteKind;
import ma.cybercaravane.sessions.SiteService;
import ma.cybercaravane.shared.Region;
import ma.cybercaravane.shared.ui.LanguageSupport;

/** Create or edit a site: name, kind, city, region (only the organizer's own unless admin), host organization. */
class SiteForm extends Div {

    private final SiteService sites;
    private final Consumer<Site> saved;
    private final Binder<SiteDraft> binder = new Binder<>(SiteDraft.class);
    private final H2 title = new H2();
    private final Paragraph errors = new Paragraph();
    private UUID editing;

    SiteForm(SiteService sites, Consumer<Site> saved) {
        this.sites = sites;
        this.saved = saved;
        setId("site-form");
        addClassName("cc-form-panel");
        TextField name = text("sessions.site.name", "site-name", SiteService.MAX_NAME);
        Select<SiteKind> kind = new Select<>();
        kind.setLabel(getTranslation("sessions.site.kind"));
        kind.setId("site-kind");
        kind.setItems(SiteKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        TextField city = text("sessions.site.city", "site-city", SiteService.MAX_CITY);
        Select<String> region = new Select<>();
        region.setLabel(getTranslation("sessions.site.region"));
        region.setId("site-region");
        region.setItems(sites.regionsForSites().stream().map(Region::code).toList());
        region.setItemLabelGenerator(code -> sites.regionsForSites().stream().filter(r -> r.code().equals(code))
                .findFirst().map(r -> r.name(LanguageSupport.current())).orElse(code));
        TextField host = text("sessions.site.host", "site-host", SiteService.MAX_HOST);
        binder.forField(name).withValidator(Forms.text(SiteService.MAX_NAME, true, false)).bind("name");
        binder.forField(kind).asRequired(getTranslation("accounts.input.required")).bind("kind");
        binder.forField(city).withValidator(Forms.text(SiteService.MAX_CITY, true, false)).bind("city");
        binder.forField(region).asRequired(getTranslation("accounts.input.required")).bind("regionCode");
        binder.forField(host).withNullRepresentation("").withValidator(Forms.text(SiteService.MAX_HOST, false, false)).bind("hostOrganization");
        errors.setId("site-errors");
        errors.addClassName("cc-form-errors");
        Button save = new Button(getTranslation("sessions.site.save"), e -> save());
        save.setId("site-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("sessions.form.cancel"), e -> setVisible(false));
        cancel.setId("site-cancel");
        add(title, new FormLayout(name, kind, city, region, host), errors, new Div(save, cancel));
        setVisible(false);
    }

    /** A new site ({@code site} null) or an existing one. */
    void open(Site site) {
        editing = site == null ? null : site.id();
        title.setText(getTranslation(site == null ? "sessions.site.newTitle" : "sessions.site.editTitle"));
        String onlyRegion = sites.regionsForSites().size() == 1 ? sites.regionsForSites().getFirst().code() : null;
        binder.readRecord(site == null ? new SiteDraft("", SiteKind.SCHOOL, "", onlyRegion, null)
                : new SiteDraft(site.name(), site.kind(), site.city(), site.regionCode(), site.hostOrganization()));
        errors.setText("");
        setVisible(true);
    }

    private void save() {
        try {
            SiteDraft draft = binder.writeRecord();
            Site site = editing == null ? sites.create(draft) : sites.update(editing, draft);
            setVisible(false);
            saved.accept(site);
        } catch (ValidationException e) {
            errors.setText("");
        } catch (InvalidInput e) {
            errors.setText(String.join(" ", Forms.show(e, binder, this)));
        }
    }

    private TextField text(String labelKey, String id, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }
}
