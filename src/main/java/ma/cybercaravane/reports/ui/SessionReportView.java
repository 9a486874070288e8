package ma.cybercaravane.reports.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ma.cybercaravane.reports.DashboardService;
import ma.cybercaravane.reports.DashboardService.SessionSummary;
import ma.cybercaravane.reports.ReportExports;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.LanguageSupport;
import ma.cybercaravane.shared.ui.OrganizerLayout;
import org.springframework.security.access.AccessDeniedException;

/**
 * The report of one caravan session (the session page links here by its address): its figures and its workbook.
 * A session outside the organizer's scope, or an unknown one, shows a short refusal and nothing else.
 */
@Route(value = "reports/session/:id", layout = OrganizerLayout.class)
@PermitAll
@CssImport("./styles/reports.css")
class SessionReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService service;
    private final ReportExports exports;
    private final Language language = LanguageSupport.current();

    SessionReportView(DashboardService service, ReportExports exports) {
        this.service = service;
        this.exports = exports;
        addClassNames("cc-organizer-page", "cc-reports");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SessionSummary s;
        try {
            s = service.session(UUID.fromString(event.getRouteParameters().get("id").orElse("")), language);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            Paragraph refused = new Paragraph(getTranslation("reports.session.refused"));
            refused.setId("session-refused");
            add(new H1(getTranslation("reports.session.title")), refused, back());
            return;
        }
        Formats f = new Formats(language);
        DescriptionList facts = new DescriptionList();
        facts.setId("session-facts");
        facts.addClassName("cc-session-facts");
        List<String[]> items = List.of(
                new String[] {"reports.col.date", f.dateTime(s.startsAt())}, new String[] {"reports.col.region", s.regionName()},
                new String[] {"reports.col.city", s.city()}, new String[] {"reports.col.audience", s.audience()},
                new String[] {"reports.col.participations", f.number(s.participations())},
                new String[] {"reports.col.children", f.number(s.children())}, new String[] {"reports.col.parents", f.number(s.parents())},
                new String[] {"reports.col.answers", f.number(s.answers())}, new String[] {"reports.col.score", f.percent(s.score())},
                new String[] {"reports.col.help", f.number(s.helpRequests())});
        for (String[] item : items) {
            facts.add(new DescriptionList.Term(getTranslation(item[0])),
                    new DescriptionList.Description(item[1] == null ? "–" : item[1]));
        }
        UUID id = s.id();
        ExportPanel export = new ExportPanel(exports, List.of(
                new ExportPanel.Action("session", "reports.export.session", () -> exports.sessionWorkbook(id, language))));
        add(new H1(getTranslation("reports.session.heading", s.site() == null ? "–" : s.site())), facts, export, back());
    }

    private Anchor back() {
        Anchor back = new Anchor("reports", getTranslation("reports.session.back"));
        back.setId("back-to-dashboard");
        return back;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.session.title");
    }
}
