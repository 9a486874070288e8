package ma.cybercaravane.sessions.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.LanguageSupport;

/** Link to print the parents' take-home cards: the families' language and how many copies (30 by default). */
class ParentsCardLink extends Div {

    static final int DEFAULT_COPIES = 30;
    static final int MAX_COPIES = 500;

    private final Select<Language> language = new Select<>();
    private final IntegerField copies = new IntegerField();
    private final Anchor link = new Anchor();

    ParentsCardLink() {
        setId("session-parents-card-box");
        addClassName("cc-card-link");
        language.setLabel(getTranslation("sessions.card.language"));
        language.setId("card-language");
        language.setItems(List.of(Language.FR, Language.AR, Language.EN));
        language.setItemLabelGenerator(l -> getTranslation("shared.language." + l.code()));
        Language current = LanguageSupport.current();
        language.setValue(current == Language.ZGH ? Language.FR : current);
        copies.setLabel(getTranslation("sessions.card.copies"));
        copies.setId("card-copies");
        copies.setMin(1);
        copies.setMax(MAX_COPIES);
        copies.setStepButtonsVisible(true);
        copies.setValue(DEFAULT_COPIES);
        link.setText(getTranslation("sessions.page.parentsCard"));
        link.setId("session-parents-card");
        link.addClassName("cc-action");
        language.addValueChangeListener(e -> update());
        copies.addValueChangeListener(e -> update());
        update();
        add(language, copies, link);
    }

    private void update() {
        Integer n = copies.getValue();
        int count = n == null || n < 1 ? DEFAULT_COPIES : Math.min(n, MAX_COPIES);
        Language l = language.getValue() == null ? Language.FR : language.getValue();
        link.setHref("parents/card?lang=" + l.code() + "&copies=" + count);
    }
}
