package ma.cybercaravane.persistence;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.play.PlayService;
import ma.cybercaravane.shared.Installation;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Regions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every supported database must do: same migrations, same guarantees. Run on H2 and on PostgreSQL. */
abstract class PersistenceContract {

    @Autowired
    PlayService play;
    @Autowired
    ContentService content;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Installation installation;
    @Autowired
    Regions regions;

    @Test
    void migrationsSeedTheTwelveOfficialRegionsInThreeLanguages() {
        assertThat(regions.all()).hasSize(12);
        assertThat(regions.byCode("09").orElseThrow().name(Language.AR)).isEqualTo("سوس - ماسة");
        assertThat(regions.byCode("01").orElseThrow().seat()).isEqualTo("Tanger");
    }

    @Test
    void answersAreStoredOnceWithTheirQuizVersionAndInstallation() {
        Quiz quiz = content.quiz("help-6-8").orElseThrow();
        String token = play.start(new PlayService.StartRequest(null, quiz.id(), AgeBand.AGE_6_8, Language.FR, play.suggestNickname(), 1));
        Question q = quiz.questions().getFirst();
        var first = play.answer(token, q.id(), q.correctChoiceIds(), 1200);
        var again = play.answer(token, q.id(), Set.of(q.choices().getLast().id()), 300);

        assertThat(first.alreadyAnswered()).isFalse();
        assertThat(again.alreadyAnswered()).isTrue();
        assertThat(again.correct()).isEqualTo(first.correct());
        var rows = jdbc.queryForList("select a.quiz_version, a.installation_id, a.correct, a.session_id, p.age_band, p.language "
                + "from answer a join participant p on p.id = a.participant_id where p.token_hash = ?",
                ma.cybercaravane.shared.Tokens.hash(token));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("quiz_version")).isEqualTo(quiz.version());
        assertThat(rows.getFirst().get("installation_id")).isEqualTo(installation.id());
        assertThat(rows.getFirst().get("session_id")).as("practice has no session, so no region").isNull();
        assertThat(rows.getFirst().get("age_band")).isEqualTo("6-8");
    }

    @Test
    void theDatabaseItselfRefusesASecondAnswerToTheSameQuestion() {
        Quiz quiz = content.quiz("data-6-8").orElseThrow();
        String token = play.start(new PlayService.StartRequest(null, quiz.id(), AgeBand.AGE_6_8, Language.AR, play.suggestNickname(), 1));
        Question q = quiz.questions().getFirst();
        play.answer(token, q.id(), q.correctChoiceIds(), 500);
        UUID participant = jdbc.queryForObject("select id from participant where token_hash = ?", UUID.class,
                ma.cybercaravane.shared.Tokens.hash(token));

        assertThatThrownBy(() -> jdbc.update("insert into answer (id, installation_id, participant_id, quiz_id, quiz_version, question_id, round, choice_ids, correct, time_ms, answered_at) "
                        + "values (?,?,?,?,?,?,0,'x',false,1,?)", UUID.randomUUID(), installation.id(), participant, quiz.id(),
                quiz.version(), q.id(), OffsetDateTime.now()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void childrenAreStoredWithoutAnyNameOnlyAGeneratedNickname() {
        var columns = jdbc.queryForList("select lower(column_name) from information_schema.columns where lower(table_name) = 'participant'", String.class);
        assertThat(columns).containsExactlyInAnyOrder("id", "installation_id", "token_hash", "session_id", "quiz_id", "nickname",
                "age_band", "language", "mode", "team_size", "created_at");
    }
}
