package ma.cybercaravane.parents.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cybercaravane.parents.ParentsService;
import ma.cybercaravane.shared.ui.ChildLayout;

/**
 * "My child is being cyberbullied: what do I do?" The six steps (listen, keep evidence, block and report, the school,
 * E-Blagh and 2511 when it is a crime, the weeks after), from the library's guide, with a printable version.
 */
@Route(value = "parents/guide", layout = ChildLayout.class)
@AnonymousAllowed
class CyberbullyingGuideView extends ParentsPage {

    CyberbullyingGuideView(ParentsService parents) {
        super(parents, "parents.guide.title");
    }

    @Override
    void build(BeforeEnterEvent event) {
        var guide = parents.cyberbullyingGuide(language());
        if (guide.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Div text = withId(markdown(guide.get().markdown(), guide.get().language()), "guide-content");
        text.addClassNames("cc-print-sheet", "cc-guide");
        add(backToCorner(), printButton(), text);
    }
}
