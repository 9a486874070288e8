package ma.cybercaravane.sessions.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import ma.cybercaravane.sessions.SessionRun;

/**
 * Who joined, live: nickname, age band, team size, and how far each device is (with "stuck" for a child at their
 * own pace who has not answered for two minutes).
 */
class PlayersPanel extends Div {

    private final Paragraph count = new Paragraph();
    private final Grid<SessionRun.Player> grid = new Grid<>();

    PlayersPanel() {
        addClassName("cc-players");
        count.setId("players-count");
        grid.setId("players-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SessionRun.Player::nickname).setHeader(getTranslation("run.players.nickname")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("band." + p.ageBand())).setHeader(getTranslation("run.players.band"));
        grid.addColumn(SessionRun.Player::teamSize).setHeader(getTranslation("run.players.team"));
        grid.addColumn(p -> getTranslation("run.players.progress", p.answered(), p.total())).setHeader(getTranslation("run.players.answered"));
        grid.addColumn(p -> p.stuck() ? getTranslation("run.players.stuck") : "").setHeader(getTranslation("run.players.state"));
        grid.setPartNameGenerator(p -> p.stuck() ? "cc-stuck" : null);
        grid.setAllRowsVisible(false);
        grid.setHeight("420px");
        add(new H2(getTranslation("run.players.title")), count, grid);
    }

    void update(SessionRun run) {
        long stuck = run.players().stream().filter(SessionRun.Player::stuck).count();
        count.setText(getTranslation("run.players.count", run.players().size(), run.children(), stuck));
        grid.setItems(run.players());
    }
}
