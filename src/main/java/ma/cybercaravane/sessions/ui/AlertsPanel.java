package ma.cybercaravane.sessions.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import ma.cybercaravane.sessions.SessionActivity;
import ma.cybercaravane.sessions.SessionRun;

/**
 * Discreet alerts: how many children asked for help and, for the latest ones, their nickname (held in this
 * screen only, never stored); and a storage failure (answers are kept on the devices until it is fixed).
 */
class AlertsPanel extends Div {

    private static final int KEEP = 8;

    private final Paragraph help = new Paragraph();
    private final Div nicknames = new Div();
    private final Paragraph storage = new Paragraph();
    private final Deque<String> recent = new ArrayDeque<>();

    AlertsPanel() {
        addClassName("cc-alerts");
        help.setId("help-count");
        nicknames.setId("help-alerts");
        nicknames.addClassName("cc-help-alerts");
        storage.setId("storage-alert");
        storage.addClassName("cc-storage-alert");
        storage.setText(getTranslation("run.alerts.storage"));
        storage.setVisible(false);
        add(storage, help, nicknames);
    }

    /** Takes what came by push: help requests (with the nickname) and storage failures. */
    void take(List<SessionActivity> batch) {
        for (SessionActivity e : batch) {
            if (e instanceof SessionActivity.HelpRequested h) {
                recent.addFirst(h.nickname());
                while (recent.size() > KEEP) recent.removeLast();
            } else if (e instanceof SessionActivity.StorageFailed) {
                storage.setVisible(true);
            } else if (e instanceof SessionActivity.AnswerStored) {
                storage.setVisible(false); // answers are stored again
            }
        }
        nicknames.removeAll();
        recent.forEach(n -> {
            Span s = new Span(n);
            s.addClassName("cc-help-nickname");
            nicknames.add(s);
        });
    }

    void update(SessionRun run) {
        help.setText(getTranslation("run.alerts.help", run.helpRequests()));
        help.getElement().getClassList().set("cc-help-active", run.helpRequests() > 0);
    }
}
