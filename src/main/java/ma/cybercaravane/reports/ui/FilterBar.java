package ma.cybercaravane.reports.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import ma.cybercaravane.reports.DashboardService.FilterOptions;
import ma.cybercaravane.reports.DashboardService.Option;
import ma.cybercaravane.reports.ReportFilter;
import ma.cybercaravane.reports.ReportFilter.SessionKind;

/** The dashboard's filters: period, region, age band, quiz, topic, session kind. Any change reloads the figures. */
class FilterBar extends Div {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Option> region = new Select<>();
    private final Select<Option> band = new Select<>();
    private final ComboBox<Option> quiz = new ComboBox<>();
    private final Select<Option> topic = new Select<>();
    private final Select<SessionKind> kind = new Select<>();
    private final FilterOptions options;
    private final Consumer<ReportFilter> onChange;
    private boolean quiet;

    FilterBar(FilterOptions options, Formats formats, Consumer<ReportFilter> onChange) {
        this.options = options;
        this.onChange = onChange;
        addClassName("cc-report-filters");
        from.setId("filter-from");
        from.setLabel(getTranslation("reports.filter.from"));
        to.setId("filter-to");
        to.setLabel(getTranslation("reports.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(formats.locale);
            picker.setClearButtonVisible(true);
        }
        choice(region, "filter-region", "reports.filter.region", options.regions());
        if (options.fixedRegion() != null) {
            region.setValue(options.regions().getFirst());
            region.setReadOnly(true);
        }
        choice(band, "filter-band", "reports.filter.band", options.bands());
        quiz.setId("filter-quiz");
        quiz.setLabel(getTranslation("reports.filter.quiz"));
        quiz.setItems(options.quizzes());
        quiz.setItemLabelGenerator(Option::label);
        quiz.setClearButtonVisible(true);
        quiz.setPlaceholder(getTranslation("reports.filter.all"));
        choice(topic, "filter-topic", "reports.filter.topic", options.topics());
        kind.setId("filter-kind");
        kind.setLabel(getTranslation("reports.filter.kind"));
        kind.setItems(options.practice() ? List.of(SessionKind.values()) : List.of(SessionKind.CARAVAN));
        kind.setItemLabelGenerator(k -> getTranslation("reports.kind." + k.name()));
        kind.setValue(options.practice() ? SessionKind.ALL : SessionKind.CARAVAN);
        kind.setReadOnly(!options.practice());
        Button reset = new Button(getTranslation("reports.filter.reset"), e -> reset());
        reset.setId("filter-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(from, to, region, band, quiz, topic, kind, reset);
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        region.addValueChangeListener(e -> changed());
        band.addValueChangeListener(e -> changed());
        quiz.addValueChangeListener(e -> changed());
        topic.addValueChangeListener(e -> changed());
        kind.addValueChangeListener(e -> changed());
    }

    private void changed() {
        if (!quiet) onChange.accept(value());
    }

    private void choice(Select<Option> select, String id, String labelKey, List<Option> items) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setItemLabelGenerator(o -> o == null ? getTranslation("reports.filter.all") : o.label());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("reports.filter.all"));
    }

    ReportFilter value() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        return new ReportFilter(start, end, code(region.getValue()), code(band.getValue()), code(quiz.getValue()),
                code(topic.getValue()), kind.getValue());
    }

    private void reset() {
        quiet = true;
        from.clear();
        to.clear();
        if (options.fixedRegion() == null) region.clear();
        band.clear();
        quiz.clear();
        topic.clear();
        if (options.practice()) kind.setValue(SessionKind.ALL);
        quiet = false;
        changed();
    }

    private static String code(Option option) {
        return option == null ? null : option.code();
    }
}
