package ma.cybercaravane.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import ma.cybercaravane.shared.Language;

/** A speaker button that reads a text aloud in its language (frontend/components/cc-read-aloud.js). */
@Tag("cc-read-aloud")
@JsModule("./components/cc-read-aloud.js")
public class ReadAloud extends Component {

    public ReadAloud(String text, Language language) {
        getElement().setAttribute("text", text);
        getElement().setAttribute("lang", language.code());
        getElement().setAttribute("label", getTranslation("shared.readAloud"));
    }

    public String text() {
        return getElement().getAttribute("text");
    }
}
