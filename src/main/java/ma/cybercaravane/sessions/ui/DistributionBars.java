package ma.cybercaravane.sessions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.sessions.SessionRun;
import ma.cybercaravane.shared.Language;

/** How the answers to a question spread over its choices: plain HTML bars (children from devices plus raised hands). */
class DistributionBars extends Div {

    DistributionBars(String id) {
        setId(id);
        addClassName("cc-bars");
    }

    void show(Question q, SessionRun.Distribution d, Language language, boolean markRight) {
        removeAll();
        int max = Math.max(1, q.choices().stream().mapToInt(c -> d == null ? 0 : d.total(c.id())).max().orElse(1));
        char letter = 'A';
        for (Choice c : q.choices()) {
            int n = d == null ? 0 : d.total(c.id());
            Span label = new Span(letter++ + " · " + c.text().in(language));
            label.addClassName("cc-bar-label");
            Div fill = new Div();
            fill.addClassName("cc-bar-fill");
            fill.getStyle().set("width", (100 * n / max) + "%");
            Div track = new Div(fill);
            track.addClassName("cc-bar-track");
            Span count = new Span(String.valueOf(n));
            count.addClassName("cc-bar-count");
            Div row = new Div(label, track, count);
            row.setId("bar-" + c.id());
            row.getElement().setAttribute("data-count", String.valueOf(n));
            row.addClassName("cc-bar");
            if (markRight && c.correct()) {
                row.addClassName("cc-bar-right");
                row.getElement().setAttribute("data-right", "true");
            }
            add(row);
        }
    }
}
