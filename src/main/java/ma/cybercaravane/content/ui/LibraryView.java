package ma.cybercaravane.content.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Problem;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.LanguageSupport;
import ma.cybercaravane.shared.ui.OrganizerLayout;

/**
 * The content library for admins and coordinators: quizzes by band and topic (each opens a preview), what is
 * written in each language (Amazigh gaps shown as they are), what the library still lacks, and the problems of the
 * last load (files left out, with file:line).
 */
@Route(value = "library", layout = OrganizerLayout.class)
@Menu(title = "library.menu", order = 40)
@RolesAllowed({"ADMIN", "COORDINATOR"})
@CssImport("./styles/parents.css")
class LibraryView extends Div implements HasDynamicTitle {

    LibraryView(ContentService content) {
        addClassName("cc-organizer-page");
        ContentService.Overview o = content.overview();
        Language language = LanguageSupport.current();
        Language preview = Language.REQUIRED.contains(language) ? language : Language.FR;
        String loaded = o.loadedAt() == null ? "" : o.loadedAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(language.locale()));
        Paragraph summary = new Paragraph(getTranslation("library.summary", o.library().quizzes().size(), o.coverage().questions(),
                o.library().materials().size(), loaded));
        summary.setId("library-summary");
        add(new H1(getTranslation("library.title")), summary,
                new H2(getTranslation("library.languages.title")), new Paragraph(getTranslation("library.languages.intro")),
                LibraryTables.scroll(LibraryTables.languages(o, this)),
                new H2(getTranslation("library.grid.title")), new Paragraph(getTranslation("library.grid.intro")),
                LibraryTables.scroll(LibraryTables.grid(o, preview, this)),
                new H2(getTranslation("library.gaps.title")),
                list("library-gaps", o.completeness().gaps().stream().map(g -> g.message(language)).toList(), "library.gaps.none"),
                new H2(getTranslation("library.problems.title")),
                list("library-problems", o.library().problems().stream().map((Problem p) -> p.render(language)).toList(), "library.problems.none"));
    }

    private Div list(String id, List<String> lines, String noneKey) {
        Div box = new Div();
        box.setId(id);
        if (lines.isEmpty()) {
            box.add(new Paragraph(getTranslation(noneKey)));
        } else {
            UnorderedList ul = new UnorderedList();
            ul.addClassName(id.equals("library-gaps") ? "cc-library-gaps" : "cc-library-problems");
            lines.forEach(l -> ul.add(new ListItem(l)));
            box.add(ul);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.title") + " · " + getTranslation("shared.app.name");
    }
}
