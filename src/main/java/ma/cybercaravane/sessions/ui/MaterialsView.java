package ma.cybercaravane.sessions.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ma.cybercaravane.sessions.SessionMaterials;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.shared.ui.LanguageSupport;
import ma.cybercaravane.shared.ui.OrganizerLayout;

/**
 * The session's printed materials in one language (the address keeps it: {@code ?lang=ar}): guides and handouts
 * of its quizzes, and for parents the tip sheets and the cyberbullying guide. Each document starts a new A4 page.
 */
@Route(value = "sessions/:id/materials", layout = OrganizerLayout.class)
@PageTitle("CyberCaravane")
@PermitAll
@CssImport("./styles/organizer.css")
class MaterialsView extends Div implements BeforeEnterObserver {

    private static final List<Language> LANGUAGES = List.of(Language.FR, Language.AR, Language.EN);

    private final SessionMaterials materials;

    MaterialsView(SessionMaterials materials) {
        this.materials = materials;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Language current = LanguageSupport.current();
        Language language = event.getLocation().getQueryParameters().getSingleParameter("lang").flatMap(Language::fromCode)
                .filter(LANGUAGES::contains).orElse(LANGUAGES.contains(current) ? current : Language.FR);
        var id = SessionView.id(event);
        Optional<List<SessionMaterials.Document>> documents = id.flatMap(i -> materials.documents(i, language));
        if (documents.isEmpty()) {
            add(Labels.missing(this));
            return;
        }
        addClassName("cc-organizer-page");
        String path = "sessions/" + id.get() + "/materials";
        Select<Language> choose = new Select<>();
        choose.setLabel(getTranslation("sessions.materials.language"));
        choose.setId("materials-language");
        choose.setItems(LANGUAGES);
        choose.setItemLabelGenerator(l -> getTranslation("shared.language." + l.code()));
        choose.setValue(language);
        choose.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(path, QueryParameters.of("lang", e.getValue().code()))));
        Button print = new Button(getTranslation("sessions.materials.print"), e -> e.getSource().getElement().executeJs("window.print()"));
        print.setId("materials-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(choose, print, new Anchor("sessions/" + id.get(), getTranslation("sessions.page.back")));
        toolbar.addClassNames("cc-actions", "cc-no-print");
        add(new H1(getTranslation("sessions.materials.title")), toolbar);
        if (documents.get().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("sessions.materials.none"));
            none.setId("materials-none");
            add(none);
        }
        documents.get().forEach(d -> add(document(d, language)));
    }

    private Section document(SessionMaterials.Document d, Language asked) {
        Section section = new Section();
        section.setId("material-" + d.id());
        section.addClassName("cc-material");
        section.getElement().setAttribute("lang", d.language().code());
        section.getElement().setAttribute("dir", d.language().rightToLeft() ? "rtl" : "ltr");
        // The heading is printed with the document: it speaks the document's language, not the page's.
        Messages messages = Messages.get();
        String subject = d.quizTitle() != null ? d.quizTitle() : d.topic() != null ? messages.format(d.topic().messageKey(), d.language()) : "";
        H2 heading = new H2(messages.format("sessions.materials.kind." + d.kind().name(), d.language(), subject));
        heading.addClassNames("cc-material-kind", "cc-no-print");
        section.add(heading);
        if (d.language() != asked) {
            Paragraph fallback = new Paragraph(getTranslation("sessions.materials.fallback", getTranslation("shared.language." + d.language().code())));
            fallback.addClassName("cc-no-print");
            section.add(fallback);
        }
        Html body = new Html("<div class=\"cc-markdown\">" + d.html() + "</div>");
        section.add(body);
        return section;
    }
}
