package ma.cybercaravane.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import ma.cybercaravane.content.ContentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running totals hold every answer exactly once: new answers are folded in, an answer whose transaction commits
 * after a later one is still counted, and a deleted answer makes the totals be rebuilt.
 */
@SpringBootTest
@ActiveProfiles("test")
class FactRefresherTest {

    @Autowired
    FactRefresher refresher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ContentService content;

    @Test
    void anAnswerCommittedAfterALaterOneIsStillCountedOnce() throws Exception {
        ReportTestData data = new ReportTestData(jdbc, content);
        OffsetDateTime at = OffsetDateTime.now();
        UUID session = session(data, "09", at);
        UUID late = data.participant(session, ReportFixture.QUIZ, "9-11", "fr", 1, "Lent 1", at);
        UUID early = data.participant(session, ReportFixture.QUIZ, "9-11", "fr", 1, "Vif 2", at);
        refresher.refresh(true);

        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement insert = slow.prepareStatement(ReportTestData.INSERT_ANSWER)) {
                Object[] args = {UUID.randomUUID(), ReportTestData.INSTALLATION, late, session, ReportFixture.QUIZ,
                        data.quiz(ReportFixture.QUIZ).version(), ReportFixture.Q1, 0,
                        data.rightChoice(ReportFixture.QUIZ, ReportFixture.Q1), true, 1000, at};
                for (int i = 0; i < args.length; i++) insert.setObject(i + 1, args[i]);
                insert.executeUpdate();
            }
            // A later answer commits first: it is folded in, the earlier number is waited for.
            data.answer(early, session, ReportFixture.QUIZ, ReportFixture.Q1, 0, false, at);
            refresher.refresh();
            assertThat(responses(session)).isEqualTo(1);
            assertThat(refresher.gaps()).isNotEmpty();

            slow.commit();
        }
        refresher.refresh();
        assertThat(responses(session)).isEqualTo(2);
        assertThat(correct(session)).isEqualTo(1);
        refresher.refresh(true);
        assertThat(folded()).isEqualTo(count());
    }

    @Test
    void aDeletedAnswerMakesTheTotalsBeRebuilt() {
        ReportTestData data = new ReportTestData(jdbc, content);
        OffsetDateTime at = OffsetDateTime.now();
        UUID session = session(data, "02", at);
        UUID child = data.participant(session, ReportFixture.QUIZ, "9-11", "ar", 4, "Aigle 5", at);
        data.answer(child, session, ReportFixture.QUIZ, ReportFixture.Q1, 0, true, at);
        data.answer(child, session, ReportFixture.QUIZ, ReportFixture.Q2, 0, true, at);
        refresher.refresh(true);
        assertThat(responses(session)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select sum(children) from report_item_fact where session_key = ?", Long.class, session))
                .as("a team of 4").isEqualTo(8);

        jdbc.update("delete from answer where session_id = ? and question_id = ?", session, ReportFixture.Q2);
        refresher.refresh(true);
        assertThat(responses(session)).isEqualTo(1);
        assertThat(folded()).isEqualTo(count());
        assertThat(jdbc.queryForObject("select sum(responses) from report_item_fact", Long.class)).isEqualTo(count());
        assertThat(jdbc.queryForObject("select sum(responses) from report_choice_fact", Long.class)).isEqualTo(count());
    }

    @Test
    void participationFollowsNewParticipants() {
        ReportTestData data = new ReportTestData(jdbc, content);
        OffsetDateTime at = OffsetDateTime.now();
        UUID session = session(data, "12", at);
        data.participant(session, ReportFixture.QUIZ, "9-11", "ar", 3, "Dauphin 1", at);
        refresher.refresh();
        data.participant(session, ReportFixture.QUIZ, "9-11", "ar", 1, "Dauphin 2", at);
        refresher.refresh();
        assertThat(jdbc.queryForObject("select sum(children) from report_participant_fact where session_key = ?", Long.class, session))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select sum(participants) from report_participant_fact", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from participant", Long.class));
    }

    private static UUID session(ReportTestData data, String region, OffsetDateTime at) {
        return data.session(data.site("École", "Ville", region, null), region, at, null, false, null, ReportFixture.QUIZ);
    }

    private long responses(UUID session) {
        Long n = jdbc.queryForObject("select sum(responses) from report_item_fact where session_key = ?", Long.class, session);
        return n == null ? 0 : n;
    }

    private long correct(UUID session) {
        Long n = jdbc.queryForObject("select sum(correct_responses) from report_item_fact where session_key = ?", Long.class, session);
        return n == null ? 0 : n;
    }

    private long folded() {
        return jdbc.queryForObject("select folded from report_feed where name = 'answer'", Long.class);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from answer", Long.class);
    }
}
