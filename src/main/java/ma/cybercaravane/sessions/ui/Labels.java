package ma.cybercaravane.sessions.ui;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.sessions.SessionPlanningService;
import ma.cybercaravane.shared.Regions;
import ma.cybercaravane.shared.ui.LanguageSupport;

/** How sessions pages write dates, regions and audiences in the page's language, and the "not found" answer. */
final class Labels {

    private Labels() {}

    static String dateTime(OffsetDateTime when) {
        return when == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(LanguageSupport.current().locale()).format(when.atZoneSameInstant(SessionPlanningService.ZONE));
    }

    static String region(Regions regions, String code) {
        return code == null ? "" : regions.byCode(code).map(r -> r.name(LanguageSupport.current())).orElse(code);
    }

    static String audience(Component c, List<AgeBand> audience) {
        return audience.stream().map(b -> c.getTranslation(b.messageKey())).collect(Collectors.joining(", "));
    }

    /** One answer for "no such session" and "not yours": nothing tells them apart. */
    static Div missing(Component c) {
        Div page = new Div();
        page.setId("session-missing");
        page.addClassName("cc-organizer-page");
        page.add(new H1(c.getTranslation("sessions.missing.title")), new Paragraph(c.getTranslation("sessions.missing.text")),
                new Anchor("sessions", c.getTranslation("sessions.missing.back")));
        return page;
    }
}
