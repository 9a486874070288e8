package ma.cybercaravane.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart (frontend/components/cc-chart.js, Chart.js from npm, bundled by the build). The label describes the chart for
 * screen readers; the figures are always in a table beside it as well.
 */
@Tag("cc-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/cc-chart.js")
class ChartJs extends Component implements HasStyle {

    ChartJs(String id, String label) {
        setId(id);
        addClassName("cc-chart");
        getElement().setAttribute("label", label);
    }

    void show(ChartConfig config) {
        getElement().setAttribute("config", config.toJson());
    }

    /** The JSON configuration drawn now (tests read it). */
    String config() {
        return getElement().getAttribute("config");
    }
}
