package ma.cybercaravane.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import ma.cybercaravane.testsupport.TestAccounts;

import static ma.cybercaravane.testsupport.Addresses.open;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Admins and coordinators see the library by band and topic, per language (Amazigh gaps as they are), gaps, problems. */
class LibraryViewTest extends OrganizerPageTestBase {

    @Test
    void aCoordinatorSeesTheGridTheLanguagesAndNoProblems() {
        signIn("COORDINATOR", "09");
        navigate(LibraryView.class);
        int questions = content.library().coverage().questions();
        assertThat($(NativeTableCell.class).id("library-cell-6-8-DATA").getElement().getTextRecursively()).startsWith("6 question(s) · 6/6/6/0");
        assertThat($(Anchor.class).id("preview-link-data-6-8").getHref()).isEqualTo("library/preview/data-6-8?lang=fr");
        assertThat($(NativeTableRow.class).id("library-language-zgh").getElement().getTextRecursively()).contains("0 / " + questions);
        assertThat($(NativeTableRow.class).id("library-language-ar").getElement().getTextRecursively()).contains(questions + " / " + questions);
        assertThat($(Div.class).id("library-problems").getElement().getTextRecursively()).contains("Aucun");
        assertThat($(Div.class).id("library-gaps").getElement().getTextRecursively()).startsWith("Rien");
    }

    @Test
    void facilitatorsAndAnonymousVisitorsDoNotGetThePages() {
        signIn("FACILITATOR", "09");
        open("library");
        assertThat(getCurrentView()).isNotInstanceOf(LibraryView.class);
        open("library/preview/data-6-8?lang=fr");
        assertThat(getCurrentView()).isNotInstanceOf(PreviewView.class);
        TestAccounts.signOut();
        open("library");
        assertThat(getCurrentView()).isNotInstanceOf(LibraryView.class);
    }

    @Test
    void theServiceRefusesFacilitatorsAndAnonymousVisitors() {
        signIn("FACILITATOR", "09");
        assertThatThrownBy(() -> content.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> content.preview("data-6-8")).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signOut();
        assertThatThrownBy(() -> content.overview()).isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
