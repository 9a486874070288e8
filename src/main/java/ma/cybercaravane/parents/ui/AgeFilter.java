package ma.cybercaravane.parents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;
import ma.cybercaravane.content.AgeBand;

/** "My child is…": one link per children's age band (plain links: light, bookmarkable, work without script). */
final class AgeFilter {

    private AgeFilter() {}

    static AgeBand parse(QueryParameters query) {
        return query.getSingleParameter("age").flatMap(AgeBand::fromCode).filter(AgeBand::children).orElse(null);
    }

    /** Links to {@code path?age=...}; the chosen band is marked; {@code withAll} adds an "every age" link first. */
    static Nav links(String path, AgeBand chosen, boolean withAll, Component page) {
        Nav nav = new Nav();
        nav.addClassNames("cc-age-filter", "cc-no-print");
        nav.getElement().setAttribute("aria-label", page.getTranslation("parents.age.choose"));
        if (withAll) nav.add(link(path, null, chosen, page.getTranslation("parents.age.all")));
        for (AgeBand band : AgeBand.values()) {
            if (band.children()) nav.add(link(path, band, chosen, page.getTranslation(band.messageKey())));
        }
        return nav;
    }

    private static Anchor link(String path, AgeBand band, AgeBand chosen, String text) {
        Anchor a = new Anchor(band == null ? path : path + "?age=" + band.code(), text);
        a.setId("age-" + (band == null ? "all" : band.code()));
        a.addClassName("cc-age-link");
        if (band == chosen) a.getElement().setAttribute("aria-current", "true");
        return a;
    }
}
