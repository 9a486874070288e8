package ma.cybercaravane.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Error pages users see: a kind, translated sentence and a way home, never a stack trace. */
public final class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private ErrorPages() {}

    private static void fill(Div page, String titleKey, String textKey) {
        page.removeAll();
        page.addClassName("cc-error-page");
        H1 title = new H1(page.getTranslation(titleKey));
        title.setId("error-title");
        page.add(title, new Paragraph(page.getTranslation(textKey)), new Anchor("", page.getTranslation("shared.error.home")));
    }

    @ParentLayout(ChildLayout.class)
    @AnonymousAllowed
    public static class NotFound extends Div implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            fill(this, "shared.error.notFoundTitle", "shared.error.notFoundText");
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    @ParentLayout(ChildLayout.class)
    @AnonymousAllowed
    public static class Internal extends Div implements HasErrorParameter<Exception> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
            log.error("Unexpected error on {}", event.getLocation().getPath(), parameter.getCaughtException());
            fill(this, "shared.error.internalTitle", "shared.error.internalText");
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
    }
}
