package ma.cybercaravane.shared.ui;

import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;

import static ma.cybercaravane.testsupport.Addresses.open;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ⵜⴰⵎⴰⵣⵉⵖⵜ is offered only on pages written in it (and while it is the chosen language); where a text is not written
 * the French one is shown, never a blank or a key.
 */
class AmazighSwitchTest extends BrowserlessTestBase {

    static class WrittenPage extends Div implements WrittenInAmazigh {
        @Override
        public boolean amazighWritten() {
            return true;
        }
    }

    /** The Amazigh button wherever it is in the frame, visible or not. */
    private static Button zghButton(Component root) {
        return descendants(root).filter(c -> c instanceof Button && c.getId().filter("lang-zgh"::equals).isPresent())
                .map(Button.class::cast).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(AmazighSwitchTest::descendants));
    }

    @Test
    void theSwitchOffersAmazighOnlyWhereThePageIsWrittenInIt() {
        open("parents");
        assertThat($(Button.class).id("lang-ar").isVisible()).isTrue();
        Component frame = getCurrentView().getElement().getParent().getParent().getComponent().orElseThrow();
        assertThat(zghButton(frame).isVisible()).isFalse();

        ChildLayout layout = new ChildLayout();
        layout.showRouterLayoutContent(new WrittenPage());
        Button zgh = zghButton(layout);
        assertThat(zgh.isVisible()).isTrue();
        assertThat(zgh.getText()).isEqualTo("ⵜⴰⵎⴰⵣⵉⵖⵜ");
        layout.showRouterLayoutContent(new Div());
        assertThat(zgh.isVisible()).isFalse();
    }

    @Test
    void onceChosenAmazighStaysVisibleAndMissingTextsFallBackToFrench() {
        LanguageSupport.apply(com.vaadin.flow.component.UI.getCurrent(), Language.ZGH);
        ChildLayout layout = new ChildLayout();
        layout.showRouterLayoutContent(new Div());
        assertThat(zghButton(layout).isVisible()).isTrue();
        assertThat(layout.getTranslation("parents.home.title")).isEqualTo(Messages.get().format("parents.home.title", Language.FR));
        assertThat(Messages.get().written("parents.", Language.ZGH)).isFalse();
        assertThat(Messages.get().written("parents.", Language.AR)).isTrue();
    }
}
