package ma.cybercaravane.sessions.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import ma.cybercaravane.sessions.RunSummary;
import ma.cybercaravane.shared.ui.LanguageSupport;

/** The session's summary once closed: children by age band, average score, most missed question, help requests. */
class SummaryPanel extends Div {

    SummaryPanel() {
        setId("session-summary");
        addClassName("cc-summary");
    }

    void show(java.util.UUID sessionId, RunSummary s) {
        removeAll();
        Paragraph children = new Paragraph(getTranslation("run.summary.children", s.children(), s.devices()));
        children.setId("summary-children");
        UnorderedList bands = new UnorderedList();
        bands.setId("summary-bands");
        s.childrenByBand().forEach((band, n) -> bands.add(new ListItem(getTranslation("run.summary.band", getTranslation("band." + band), n))));
        Paragraph score = new Paragraph(s.percentRight() == null ? getTranslation("run.summary.noAnswers")
                : getTranslation("run.summary.score", s.percentRight()));
        score.setId("summary-score");
        Paragraph missed = new Paragraph(s.mostMissed() == null ? "" : getTranslation("run.summary.missed",
                s.mostMissed().question().text().in(LanguageSupport.current()), s.mostMissed().percentRight()));
        missed.setId("summary-missed");
        missed.setVisible(s.mostMissed() != null);
        Paragraph help = new Paragraph(getTranslation("run.summary.help", s.helpRequests()));
        help.setId("summary-help");
        Anchor report = new Anchor("reports/session/" + sessionId, getTranslation("run.summary.report"));
        report.setId("summary-report");
        add(new H2(getTranslation("run.summary.title")), children, bands, score, missed, help, report);
    }
}
