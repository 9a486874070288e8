package ma.cybercaravane.reports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.reports.ReportFixture;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.testsupport.BrowserlessTestBase;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard without a browser: the filters change the figures shown; each role sees its own scope. */
class DashboardViewTest extends BrowserlessTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContentService content;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @org.junit.jupiter.api.BeforeEach
    void security() {
        ReportFixture.useSecurityOf(context);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void changingAFilterChangesTheFiguresShown() {
        var f = new ReportFixture(jdbc, content);
        TestAccounts.signIn(f.admin);
        navigate(DashboardView.class);
        test($(DatePicker.class).id("filter-from")).setValue(f.day);
        test($(DatePicker.class).id("filter-to")).setValue(f.day);
        assertThat(kpi("kpi-children")).isEqualTo("16");
        assertThat(kpi("kpi-answers")).isEqualTo("36");
        assertThat(kpi("kpi-sessions")).isEqualTo("3");
        assertThat($(Paragraph.class).id("mode-statement").getText()).contains("36").contains("22,2").contains("38,9");
        assertThat($(ChartJs.class).id("modes-chart").config()).contains("\"data\":[8,14,14]");
        assertThat($(Div.class).id("region-tile-09").getElement().getTextRecursively()).contains("Souss-Massa").contains("14");
        assertThat($(Div.class).id("region-tile-09").getClassNames()).contains("cc-tile-l5");
        assertThat($(Div.class).id("region-tile-01").getClassNames()).contains("cc-tile-l1");

        test($(Select.class).id("filter-region")).selectItem("Souss-Massa");
        assertThat(kpi("kpi-children")).isEqualTo("14");
        assertThat(kpi("kpi-score")).isEqualTo(new Formats(Language.FR).percent(23.0 / 34)).startsWith("67,6");
        NativeTable regions = $(NativeTable.class).id("region-table");
        assertThat(regions.getBody().getRowCount()).isEqualTo(1);
        assertThat(Tables.cell(regions, 0, 3)).isEqualTo("14");

        test($(Select.class).id("filter-band")).selectItem("12 à 14 ans");
        assertThat(kpi("kpi-answers")).isEqualTo("0");

        test($(Button.class).id("filter-reset")).click();
        test($(DatePicker.class).id("filter-from")).setValue(f.day);
        test($(DatePicker.class).id("filter-to")).setValue(f.day);
        test($(Select.class).id("filter-kind")).selectItem("Entraînement (sans région)");
        assertThat(kpi("kpi-children")).isEqualTo("1");
        assertThat(kpi("kpi-sessions")).isEqualTo("0");
    }

    @Test
    void aCoordinatorHasTheirRegionFixedAndSeesOnlyIt() {
        var f = new ReportFixture(jdbc, content);
        TestAccounts.signIn(f.coordinator09);
        navigate(DashboardView.class);
        Select<?> region = $(Select.class).id("filter-region");
        assertThat(region.isReadOnly()).isTrue();
        test($(DatePicker.class).id("filter-from")).setValue(f.day);
        test($(DatePicker.class).id("filter-to")).setValue(f.day);
        assertThat(kpi("kpi-children")).isEqualTo("14");
        assertThat($(NativeTable.class).id("region-table").getBody().getRowCount()).isEqualTo(1);
        assertThat($(Div.class).withId("region-tile-01").all()).as("no figures of another region").isEmpty();
        assertThat($(Div.class).id("region-map").getElement().getTextRecursively()).as("the map still shows all regions")
                .contains("Tanger-Tétouan-Al Hoceïma").doesNotContain("Tanger-Tétouan-Al Hoceïma1");
        assertThat($(NativeTable.class).id("gain-table").getBody().getRowCount()).isEqualTo(1);
    }

    @Test
    void theSessionPageOffersItsWorkbookOnlyWithinTheScope() {
        var f = new ReportFixture(jdbc, content);
        TestAccounts.signIn(f.coordinator09);
        navigate(SessionReportView.class, java.util.Map.of("id", f.s1.toString()));
        assertThat($(Button.class).id("export-session")).isNotNull();
        assertThat($(Span.class).all()).isNotNull();

        TestAccounts.signIn(f.coordinator01);
        navigate(SessionReportView.class, java.util.Map.of("id", f.s1.toString()));
        assertThat($(Paragraph.class).id("session-refused").getText()).isNotBlank();
        assertThat($(Button.class).withId("export-session").all()).isEmpty();
    }

    private String kpi(String id) {
        return $(Span.class).id(id).getText();
    }
}
