package ma.cybercaravane.parents.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.TipSheet;
import ma.cybercaravane.content.Topic;
import ma.cybercaravane.parents.ParentsService;
import ma.cybercaravane.shared.ui.ChildLayout;

/**
 * One tip sheet, printable on one A4 page. With a child's age chosen, the part for that age comes first and stands
 * out, and the other ages are left out; without, the sheet reads as written.
 */
@Route(value = "parents/tips/:topic", layout = ChildLayout.class)
@AnonymousAllowed
class TipSheetView extends ParentsPage {

    TipSheetView(ParentsService parents) {
        super(parents, "parents.tips.title");
    }

    @Override
    void build(BeforeEnterEvent event) {
        RouteParameters route = event.getRouteParameters();
        Optional<ParentsService.Sheet> found = route.get("topic").map(t -> t.toUpperCase(Locale.ROOT))
                .flatMap(Topic::fromCode).flatMap(t -> parents.tips(t, language()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        ParentsService.Sheet sheet = found.get();
        TipSheet tips = sheet.sheet();
        AgeBand age = AgeFilter.parse(event.getLocation().getQueryParameters());
        String path = "parents/tips/" + sheet.topic().name().toLowerCase(Locale.ROOT);
        Div page = withId(new Div(), "tip-sheet");
        page.addClassName("cc-print-sheet");
        page.add(markdown(tips.head(), sheet.language()));
        if (age != null && tips.age(age).isPresent()) {
            Div part = markdown(tips.age(age).get().replaceFirst("^###", "##"), sheet.language());
            part.setId("tip-age-part");
            part.addClassName("cc-tip-age");
            page.add(part);
        } else {
            page.add(markdown("## " + tips.agesHeading() + "\n\n" + String.join("\n\n", tips.ages().values()), sheet.language()));
        }
        page.add(markdown(tips.rest(), sheet.language()));
        add(backToCorner(), AgeFilter.links(path, age, true, this), printButton(), page);
    }
}
