package ma.cybercaravane.parents.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** {@code /p}: the short address said aloud in a parents' session or written on a board; opens the corner. */
@Route("p")
@AnonymousAllowed
class ShortLinkView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo("parents", event.getLocation().getQueryParameters());
    }
}
