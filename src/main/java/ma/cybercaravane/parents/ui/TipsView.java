package ma.cybercaravane.parents.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.Topic;
import ma.cybercaravane.parents.ParentsService;
import ma.cybercaravane.shared.ui.ChildLayout;

/**
 * The eight tip sheets. With a child's age chosen ({@code ?age=9-11}) each topic shows what the risk looks like at
 * that age, so a parent reads in one screen what matters for their child, then opens a sheet for the rest.
 */
@Route(value = "parents/tips", layout = ChildLayout.class)
@AnonymousAllowed
class TipsView extends ParentsPage {

    TipsView(ParentsService parents) {
        super(parents, "parents.tips.title");
    }

    @Override
    void build(BeforeEnterEvent event) {
        AgeBand age = AgeFilter.parse(event.getLocation().getQueryParameters());
        add(backToCorner(), withId(new H1(getTranslation("parents.tips.title")), "tips-title"),
                new Paragraph(getTranslation(age == null ? "parents.tips.intro" : "parents.tips.introAge", age == null ? "" : getTranslation(age.messageKey()))),
                AgeFilter.links("parents/tips", age, true, this));
        Div list = new Div();
        list.addClassName("cc-tips-list");
        for (Topic topic : Topic.values()) {
            parents.tips(topic, language()).ifPresent(sheet -> {
                String address = "parents/tips/" + topic.name().toLowerCase(Locale.ROOT) + (age == null ? "" : "?age=" + age.code());
                Section card = withId(new Section(new H2(new Anchor(address, getTranslation(topic.messageKey())))), "tips-topic-" + topic.name());
                card.addClassName("cc-tips-card");
                if (age != null) {
                    sheet.sheet().age(age).ifPresent(part -> card.add(withId(markdown(part, sheet.language()), "tips-age-" + topic.name())));
                }
                list.add(card);
            });
        }
        add(list);
    }
}
