package ma.cybercaravane.sessions.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ma.cybercaravane.sessions.SessionRow;
import ma.cybercaravane.sessions.Site;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.testsupport.OrganizerBrowserlessTest;
import ma.cybercaravane.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator of Souss-Massa adds a school (the form refuses a hidden control character and keeps the
 * Arabic-Latin-emoji name exactly), plans a session there with two quizzes and the before/after run, finds it
 * in the list filtered by status and opens its page.
 */
class PlanningStoryTest extends OrganizerBrowserlessTest {

    static final String SCHOOL = "مدرسة Ibn Battouta 🌟";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCoordinatorAddsASitePlansASessionAndFindsIt() {
        signIn(new TestAccounts(jdbc).create("COORDINATOR", "09"));
        String city = "Tiznit " + UUID.randomUUID().toString().substring(0, 5);

        navigate(SitesView.class);
        test($(Button.class).id("site-new")).click();
        test($(TextField.class).id("site-name")).setValue("École\u0007 cachée");
        test($(TextField.class).id("site-city")).setValue(city);
        test($(Button.class).id("site-save")).click();
        TextField name = $(TextField.class).id("site-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(text("accounts.input.control"));
        assertThat(jdbc.queryForObject("select count(*) from site where city = ?", Integer.class, city)).isZero();

        test(name).setValue(SCHOOL);
        test($(TextField.class).id("site-host")).setValue("Association Amal – جمعية الأمل");
        test($(Button.class).id("site-save")).click();
        assertThat(jdbc.queryForObject("select name from site where city = ?", String.class, city)).isEqualTo(SCHOOL);
        assertThat(jdbc.queryForObject("select region_code from site where city = ?", String.class, city)).isEqualTo("09");
        @SuppressWarnings("unchecked")
        Grid<Site> sites = $(Grid.class).id("sites-grid");
        assertThat(sites.getListDataView().getItems()).extracting(Site::city).contains(city);

        navigate(SessionsView.class);
        test($(Button.class).id("session-new")).click();
        assertThat(currentPath()).isEqualTo("sessions/new");
        test($(ComboBox.class).id("session-site")).selectItem(text("sessions.site.label", SCHOOL, city));
        test($(CheckboxGroup.class).id("session-audience")).selectItem(text("band.9-11"));
        test($(Select.class).id("session-quiz-add")).selectItem(quizLabel("scams-9-11", "Arnaques"));
        test($(Select.class).id("session-quiz-add")).selectItem(quizLabel("data-9-11", "Mes données personnelles"));
        test($(Button.class).id("quiz-up-data-9-11")).click();
        test($(Checkbox.class).id("session-before-after")).click();
        test($(TextArea.class).id("session-notes")).setValue("Accueil à 8 h 30 ; salle polyvalente.");
        test($(Button.class).id("session-save")).click();

        UUID id = UUID.fromString(currentPath().substring("sessions/".length()));
        assertThat($(H1.class).id("session-title").getText()).isEqualTo(SCHOOL);
        assertThat($(Span.class).id("session-status").getText()).isEqualTo(text("sessions.status.PLANNED"));
        assertThat($(ListItem.class, $(com.vaadin.flow.component.html.OrderedList.class).id("session-quiz-list")).all())
                .extracting(ListItem::getText).containsExactly("Mes données personnelles", quizTitle("scams-9-11"));
        assertThat($(Anchor.class).id("session-run").getHref()).isEqualTo("sessions/" + id + "/run");
        assertThat($(Anchor.class).id("session-workbook").getHref()).isEqualTo("reports/session/" + id);
        assertThat($(Anchor.class).id("session-materials").getHref()).isEqualTo("sessions/" + id + "/materials");
        assertThat($(Anchor.class).id("session-parents-card").getHref()).isEqualTo("parents/card?lang=fr&copies=30");
        assertThat(jdbc.queryForObject("select before_after from caravan_session where id = ?", Boolean.class, id)).isTrue();
        assertThat(jdbc.queryForList("select quiz_id from session_quiz where session_id = ? order by position", String.class, id))
                .containsExactly("data-9-11", "scams-9-11");

        navigate(SessionsView.class);
        test($(Select.class).id("filter-status")).selectItem(text("sessions.status.CLOSED"));
        assertThat(rows()).extracting(SessionRow::id).doesNotContain(id);
        test($(Select.class).id("filter-status")).selectItem(text("sessions.status.PLANNED"));
        List<SessionRow> planned = rows();
        assertThat(planned).extracting(SessionRow::id).contains(id);
        @SuppressWarnings("unchecked")
        Grid<SessionRow> grid = $(Grid.class).id("sessions-grid");
        test(grid).clickRow(planned.stream().map(SessionRow::id).toList().indexOf(id));
        assertThat(currentPath()).isEqualTo("sessions/" + id);
    }

    @Test
    void theParentsCardLinkFollowsTheTypedLanguageAndCount() {
        TestAccounts.Account coordinator = new TestAccounts(jdbc).create("COORDINATOR", "09");
        signIn(coordinator);
        UUID id = new StoryFixtures(jdbc).session("09", null);
        navigate("sessions/" + id, SessionView.class);
        test($(Select.class).id("card-language")).selectItem(text("shared.language.ar"));
        test($(com.vaadin.flow.component.textfield.IntegerField.class).id("card-copies")).setValue(45);
        assertThat($(Anchor.class).id("session-parents-card").getHref()).isEqualTo("parents/card?lang=ar&copies=45");
    }

    @Test
    void aPlannedSessionIsChangedInItsFormAnOpenOneOnlyInItsNotes() {
        TestAccounts.Account anim = new TestAccounts(jdbc).create("FACILITATOR", "09");
        UUID id = new StoryFixtures(jdbc).session("09", anim.id());
        signIn(anim);
        navigate("sessions/" + id, SessionView.class);
        test($(Anchor.class).id("session-edit")).navigate();
        assertThat(currentPath()).isEqualTo("sessions/" + id + "/edit");
        test($(CheckboxGroup.class).id("session-audience")).selectItem(text("band.6-8"));
        test($(Checkbox.class).id("session-podium")).click();
        test($(Button.class).id("session-save")).click();
        assertThat($(Checkbox.class).id("session-podium").getErrorMessage()).isEqualTo(text("sessions.error.podiumYoungest"));
        assertThat(currentPath()).endsWith("/edit");
        test($(Checkbox.class).id("session-podium")).click();
        test($(Button.class).id("session-save")).click();
        assertThat(currentPath()).isEqualTo("sessions/" + id);
        assertThat(jdbc.queryForObject("select audience from caravan_session where id = ?", String.class, id)).isEqualTo("6-8,9-11");

        jdbc.update("update caravan_session set status = 'OPEN' where id = ?", id);
        navigate("sessions/" + id, SessionView.class);
        assertThat($(Anchor.class).withId("session-edit").all()).isEmpty();
        assertThat($(Anchor.class).id("session-run").getHref()).isEqualTo("sessions/" + id + "/run");
        test($(TextArea.class).id("session-notes-edit")).setValue("Ouverte avec 28 enfants ✔");
        test($(Button.class).id("session-notes-save")).click();
        assertThat(jdbc.queryForObject("select notes from caravan_session where id = ?", String.class, id)).isEqualTo("Ouverte avec 28 enfants ✔");
        navigate("sessions/" + id + "/edit", SessionEditView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("session-locked").getText()).isEqualTo(text("sessions.error.notPlanned"));
        assertThat($(Button.class).withId("session-save").all()).isEmpty();
    }

    @Test
    void aCoordinatorKeepsAFacilitatorTheAdminBroughtFromAnotherRegion() {
        TestAccounts.Account guest = new TestAccounts(jdbc).create("FACILITATOR", "06");
        UUID id = new StoryFixtures(jdbc).session("09", guest.id());
        signIn(new TestAccounts(jdbc).create("COORDINATOR", "09"));
        navigate("sessions/" + id + "/edit", SessionEditView.class);
        test($(TextArea.class).id("session-notes")).setValue("Renfort de Casablanca");
        test($(Button.class).id("session-save")).click();
        assertThat(currentPath()).isEqualTo("sessions/" + id);
        assertThat(jdbc.queryForObject("select facilitator_id from caravan_session where id = ?", UUID.class, id)).isEqualTo(guest.id());
    }

    @Test
    void anotherRegionsSessionIdShowsAKindPageAndNoData() {
        UUID casablanca = new StoryFixtures(jdbc).session("06", null);
        signIn(new TestAccounts(jdbc).create("COORDINATOR", "09"));
        assertMissing("sessions/" + casablanca, SessionView.class);
        assertMissing("sessions/" + casablanca + "/edit", SessionEditView.class);
        assertMissing("sessions/" + casablanca + "/materials", MaterialsView.class);
        assertMissing("sessions/not-an-id", SessionView.class);
    }

    private <T extends com.vaadin.flow.component.Component> void assertMissing(String path, Class<T> view) {
        navigate(path, view);
        assertThat($(Div.class).id("session-missing")).as(path).isNotNull();
        assertThat($(H1.class).withId("session-title").all()).as(path).isEmpty();
        assertThat($(Span.class).all()).as(path).noneMatch(s -> s.getText().contains(StoryFixtures.SITE_PREFIX));
        assertThat($(com.vaadin.flow.component.html.Section.class).all()).as(path).isEmpty();
    }

    private List<SessionRow> rows() {
        @SuppressWarnings("unchecked")
        Grid<SessionRow> grid = $(Grid.class).id("sessions-grid");
        return grid.getListDataView().getItems().toList();
    }

    private static String quizLabel(String id, String titleStart) {
        String title = quizTitle(id);
        assertThat(title).startsWith(titleStart);
        int questions = ma.cybercaravane.content.LibraryLoader.load(java.nio.file.Path.of("quizzes")).quiz(id).orElseThrow().questions().size();
        return text("sessions.quizzes.label", title, text("band.9-11"), questions);
    }

    private static String quizTitle(String id) {
        return switch (id) {
            case "data-9-11" -> "Mes données personnelles";
            case "scams-9-11" -> ma.cybercaravane.content.LibraryLoader.load(java.nio.file.Path.of("quizzes")).quiz(id).orElseThrow().title().in(Language.FR);
            default -> throw new IllegalArgumentException(id);
        };
    }

    static String text(String key, Object... args) {
        return Messages.get().format(key, Language.FR, args);
    }
}
