package ma.cybercaravane.reports.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import ma.cybercaravane.reports.ExportJob;
import ma.cybercaravane.reports.ExportsBusyException;
import ma.cybercaravane.reports.ReportExports;
import org.springframework.security.access.AccessDeniedException;

/**
 * Export buttons. An export is written in the background while a progress bar moves (the page stays usable); when it is
 * ready, a download link appears. Only the organizer who asked can download it.
 */
class ExportPanel extends Div {

    /** A button: its id ("regional" gives export-regional, progress-regional, download-regional), label, and start. */
    record Action(String id, String labelKey, Supplier<ExportJob> start) {}

    private final ReportExports exports;

    ExportPanel(ReportExports exports, List<Action> actions) {
        this.exports = exports;
        addClassName("cc-export-panel");
        Div buttons = new Div();
        buttons.addClassName("cc-export-buttons");
        Div jobs = new Div();
        jobs.addClassName("cc-export-jobs");
        jobs.getElement().setAttribute("aria-live", "polite");
        for (Action action : actions) {
            Button button = new Button(getTranslation(action.labelKey()));
            button.setId("export-" + action.id());
            button.addClickListener(e -> {
                try {
                    jobs.getChildren().filter(c -> c.getId().orElse("").equals("job-" + action.id())).toList().forEach(jobs::remove);
                    jobs.add(jobRow(action, action.start().get()));
                } catch (ExportsBusyException ex) {
                    Notification.show(getTranslation("reports.export.busy"));
                } catch (AccessDeniedException ex) {
                    Notification.show(getTranslation("reports.session.refused"));
                }
            });
            buttons.add(button);
        }
        add(buttons, jobs);
    }

    private Div jobRow(Action action, ExportJob job) {
        Span label = new Span(getTranslation("reports.export.preparing", getTranslation(action.labelKey())));
        ProgressBar bar = new ProgressBar(0, 1, 0);
        bar.setId("progress-" + action.id());
        bar.getElement().setAttribute("aria-label", label.getText());
        Div row = new Div(label, bar);
        row.setId("job-" + action.id());
        row.addClassName("cc-export-job");
        UI ui = UI.getCurrent();
        Runnable stop = job.onChange(j -> ui.access(() -> update(row, label, bar, action, j)));
        row.addDetachListener(e -> stop.run());
        update(row, label, bar, action, job);
        return row;
    }

    private void update(Div row, Span label, ProgressBar bar, Action action, ExportJob job) {
        bar.setValue(job.progress());
        if (job.state() == ExportJob.State.FAILED) {
            label.setText(getTranslation("reports.export.failed"));
            bar.setVisible(false);
        } else if (job.state() == ExportJob.State.DONE && row.getChildren().noneMatch(c -> c instanceof Anchor)) {
            label.setText(getTranslation("reports.export.ready"));
            bar.setVisible(false);
            Anchor download = new Anchor(download(job), AttachmentType.DOWNLOAD, getTranslation("reports.export.download", job.fileName()));
            download.setId("download-" + action.id());
            download.addClassName("cc-download");
            row.add(download);
        }
    }

    private DownloadHandler download(ExportJob job) {
        return event -> {
            event.setFileName(job.fileName());
            event.setContentType(job.kind() == ExportJob.Kind.RAW_CSV ? "text/csv; charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            event.setContentLength(exports.size(job.id()));
            exports.download(job.id(), event.getOutputStream());
        };
    }
}
