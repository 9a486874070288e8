package ma.cybercaravane.sessions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.play.PlayException;
import ma.cybercaravane.play.PlayService;
import ma.cybercaravane.play.Progress;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.testsupport.TestAccounts;
import ma.cybercaravane.testsupport.TestAccounts.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Running a session through the services: codes, scopes, live answers, closing, hands, before/after, help. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class SessionRunServiceTest {

    @Autowired
    SessionRunService run;
    @Autowired
    PlayService play;
    @Autowired
    ContentService content;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    TestAccounts accounts;
    PlannedSessions sessions;
    Account facilitator;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(jdbc);
        sessions = new PlannedSessions(jdbc);
        facilitator = accounts.create("FACILITATOR", "09");
        TestAccounts.signIn(facilitator);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void openingGivesAFreshCodeUniqueAmongOpenSessionsAndOnlyOpenSessionsCanBeJoined() {
        UUID a = sessions.create(PlannedSessions.Plan.selfPaced("09", facilitator.id(), "scams-9-11"));
        UUID b = sessions.create(PlannedSessions.Plan.selfPaced("09", facilitator.id(), "scams-9-11"));
        assertThat(jdbc.queryForObject("select join_code from caravan_session where id = ?", String.class, a))
                .as("a planned session has no code, so it cannot be joined").isNull();

        String codeA = run.open(a).code();
        String codeB = run.open(b).code();
        assertThat(codeA).matches("[" + JoinCodes.ALPHABET + "]{6}").isNotEqualTo(codeB);
        assertThat(run.open(a).code()).as("opening twice keeps the code").isEqualTo(codeA);
        assertThat(jdbc.queryForObject("select count(*) from caravan_session where status = 'OPEN' group by join_code order by count(*) desc limit 1",
                Integer.class)).as("no two open sessions share a code").isEqualTo(1);

        assertThat(play.sessionToJoin(codeA.toLowerCase(), "test-client-open").id()).isEqualTo(a);
        run.close(a);
        assertThatThrownBy(() -> play.sessionToJoin(codeA, "test-client-open"))
                .isInstanceOf(PlayException.class).hasMessage("play.error.sessionClosed");
        assertThatThrownBy(() -> run.open(a)).isInstanceOf(RunException.class).hasMessage("run.error.notPlanned");
    }

    @Test
    void onlyTheSessionsFacilitatorItsRegionsCoordinatorOrAnAdminRunIt() {
        UUID id = sessions.create(PlannedSessions.Plan.live("09", facilitator.id(), "scams-9-11"));

        TestAccounts.signIn(accounts.create("FACILITATOR", "09"));
        assertThatThrownBy(() -> run.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run.run(id)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(accounts.create("COORDINATOR", "06"));
        assertThatThrownBy(() -> run.open(id)).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(facilitator);
        run.open(id);
        TestAccounts.signIn(accounts.create("FACILITATOR", "09"));
        assertThatThrownBy(() -> run.next(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run.close(id)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(accounts.create("COORDINATOR", "06"));
        assertThatThrownBy(() -> run.next(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run.close(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(status(id)).isEqualTo("OPEN");

        TestAccounts.signIn(accounts.create("COORDINATOR", "09"));
        run.next(id);
        assertThat(run.run(id).session().live().phase()).isEqualTo(LiveState.Phase.QUESTION);
        TestAccounts.signIn(accounts.create("ADMIN", null));
        run.close(id);
        assertThat(status(id)).isEqualTo("CLOSED");

        TestAccounts.signOut();
        assertThatThrownBy(() -> run.run(id)).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void closingRefusesLaterAnswersWithoutStoringThem() {
        UUID id = sessions.create(PlannedSessions.Plan.selfPaced("09", facilitator.id(), "passwords-9-11"));
        String code = run.open(id).code();
        Quiz quiz = content.quiz("passwords-9-11").orElseThrow();
        String token = child(code, quiz, 1);
        Question first = quiz.questions().get(0);
        play.answer(token, first.id(), first.correctChoiceIds(), 900);

        run.close(id);
        Question second = quiz.questions().get(1);
        assertThatThrownBy(() -> play.answer(token, second.id(), second.correctChoiceIds(), 900))
                .isInstanceOf(PlayException.class).hasMessage("play.error.sessionClosed");
        assertThat(answers(id)).isEqualTo(1);
        assertThat(play.progress(token).orElseThrow().step().screen()).isEqualTo(Progress.Screen.CLOSED);
        assertThatThrownBy(() -> play.start(new PlayService.StartRequest(code, quiz.id(), AgeBand.AGE_9_11, Language.FR, play.suggestNickname(), 1)))
                .isInstanceOf(PlayException.class).hasMessage("play.error.sessionClosed");
    }

    @Test
    void liveAnswersAreTakenOnlyForTheOpenQuestion() {
        UUID id = sessions.create(PlannedSessions.Plan.live("09", facilitator.id(), "kindness-9-11"));
        String code = run.open(id).code();
        Quiz quiz = content.quiz("kindness-9-11").orElseThrow();
        Question q0 = quiz.questions().get(0);
        Question q1 = quiz.questions().get(1);
        String early = child(code, quiz, 1);
        String late = child(code, quiz, 3);

        assertThat(play.progress(early).orElseThrow().step().screen()).isEqualTo(Progress.Screen.WAITING);
        assertThatThrownBy(() -> play.answer(early, q0.id(), q0.correctChoiceIds(), 500)).hasMessage("play.error.questionClosed");

        run.next(id);
        assertThat(play.progress(early).orElseThrow().step().question()).isEqualTo(q0);
        assertThatThrownBy(() -> play.answer(early, q1.id(), q1.correctChoiceIds(), 500)).hasMessage("play.error.questionClosed");
        assertThat(play.answer(early, q0.id(), q0.correctChoiceIds(), 500).correct()).isTrue();
        assertThat(play.progress(early).orElseThrow().step().screen()).isEqualTo(Progress.Screen.ANSWERED);

        run.reveal(id);
        assertThatThrownBy(() -> play.answer(late, q0.id(), q0.correctChoiceIds(), 500)).hasMessage("play.error.questionClosed");
        Progress.Step revealed = play.progress(early).orElseThrow().step();
        assertThat(revealed.screen()).isEqualTo(Progress.Screen.REVEALED);
        assertThat(revealed.given().correct()).isTrue();
        assertThat(play.progress(late).orElseThrow().step().given()).isNull();

        SessionRun state = run.run(id);
        assertThat(state.distribution().answers()).isEqualTo(1);
        assertThat(state.distribution().total(q0.correctChoiceIds().iterator().next())).isEqualTo(1);
        assertThat(state.players()).extracting(SessionRun.Player::teamSize).containsExactly(1, 3);
        assertThat(answers(id)).isEqualTo(1);

        run.next(id);
        assertThat(play.answer(late, q1.id(), q1.correctChoiceIds(), 500).correct()).isTrue();
        assertThat(jdbc.queryForObject("select live_position from caravan_session where id = ?", Integer.class, id))
                .as("the live state is stored, so a restart resumes here").isEqualTo(1);
    }

    @Test
    void showOfHandsCountsAreUpsertedPerChoiceAndCountInTheSummary() {
        UUID id = sessions.create(PlannedSessions.Plan.live("09", facilitator.id(), "scams-9-11"));
        run.open(id);
        run.next(id);
        Quiz quiz = content.quiz("scams-9-11").orElseThrow();
        Question q = quiz.questions().getFirst();
        String right = q.correctChoiceIds().iterator().next();
        String wrong = q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();

        run.countHands(id, quiz.id(), q.id(), right, 12, Language.AR);
        run.countHands(id, quiz.id(), q.id(), wrong, 5, Language.AR);
        run.countHands(id, quiz.id(), q.id(), right, 14, Language.AR); // corrected

        List<Map<String, Object>> rows = jdbc.queryForList("select choice_id, hands, correct, age_band, language, round, quiz_version "
                + "from hand_count where session_id = ? order by hands desc", id);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("CHOICE_ID", right).containsEntry("HANDS", 14).containsEntry("CORRECT", true)
                .containsEntry("AGE_BAND", "9-11").containsEntry("LANGUAGE", "ar").containsEntry("QUIZ_VERSION", quiz.version());
        assertThat(((Number) rows.get(0).get("ROUND")).intValue()).isZero();
        assertThat(rows.get(1)).containsEntry("CHOICE_ID", wrong).containsEntry("HANDS", 5).containsEntry("CORRECT", false);
        assertThat(run.run(id).distribution().hands()).containsEntry(right, 14).containsEntry(wrong, 5);
        assertThatThrownBy(() -> run.countHands(id, quiz.id(), q.id(), right, -1, Language.FR)).hasMessage("run.error.hands");

        RunSummary summary = run.summary(id);
        assertThat(summary.childrenByBand()).containsEntry("9-11", 19);
        assertThat(summary.percentRight()).isEqualTo(74); // 14 of 19
    }

    @Test
    void beforeAndAfterRunsKeepTheSameParticipantWithRoundOne() {
        UUID id = sessions.create(PlannedSessions.Plan.selfPaced("09", facilitator.id(), "data-9-11").beforeAndAfter());
        String code = run.open(id).code();
        Quiz quiz = content.quiz("data-9-11").orElseThrow();
        String token = child(code, quiz, 1);
        for (Question q : quiz.questions()) play.answer(token, q.id(), Set.of(q.choices().getFirst().id()), 700);
        assertThat(play.progress(token).orElseThrow().step().screen()).isEqualTo(Progress.Screen.WAITING_AFTER);

        run.startAfterRound(id);
        Progress after = play.progress(token).orElseThrow();
        assertThat(after.round()).isEqualTo(1);
        assertThat(after.step().screen()).isEqualTo(Progress.Screen.QUESTION);
        assertThat(after.step().question()).isEqualTo(quiz.questions().getFirst());
        Question q = quiz.questions().getFirst();
        assertThatThrownBy(() -> play.answer(token, 0, q.id(), q.correctChoiceIds(), 500))
                .as("an answer the device gave in the 'before' round comes too late").hasMessage("play.error.questionClosed");
        play.answer(token, 1, q.id(), q.correctChoiceIds(), 500);

        assertThat(jdbc.queryForList("select distinct participant_id from answer where session_id = ?", UUID.class, id)).hasSize(1);
        assertThat(jdbc.queryForList("select round from answer where session_id = ? and question_id = ? order by round",
                Integer.class, id, q.id())).containsExactly(0, 1);
    }

    @Test
    void theLiveAfterRunReplaysTheFirstQuizInRoundOne() {
        UUID id = sessions.create(PlannedSessions.Plan.live("09", facilitator.id(), "contacts-9-11", "scams-9-11").beforeAndAfter());
        String code = run.open(id).code();
        Quiz first = content.quiz("contacts-9-11").orElseThrow();
        String token = child(code, first, 1);
        Question q = first.questions().getFirst();
        run.next(id);
        play.answer(token, q.id(), q.correctChoiceIds(), 500);
        run.chooseQuiz(id, "scams-9-11");
        assertThat(play.progress(token).orElseThrow().step().screen()).isEqualTo(Progress.Screen.FINISHED);

        run.startAfterRound(id);
        assertThat(run.run(id).session().live()).isEqualTo(new LiveState(first.id(), 1, 0, LiveState.Phase.WAITING));
        assertThat(play.progress(token).orElseThrow().step().screen()).isEqualTo(Progress.Screen.WAITING);
        run.next(id);
        assertThat(play.progress(token).orElseThrow().step().question()).isEqualTo(q);
        play.answer(token, q.id(), q.correctChoiceIds(), 500);
        assertThat(jdbc.queryForList("select round from answer where session_id = ? order by round", Integer.class, id)).containsExactly(0, 1);
    }

    @Test
    void helpReachesTheFacilitatorWithTheNicknameButOnlyAnAnonymousRowIsStored() {
        UUID id = sessions.create(PlannedSessions.Plan.selfPaced("09", facilitator.id(), "help-9-11"));
        String code = run.open(id).code();
        String token = child(code, content.quiz("help-9-11").orElseThrow(), 1);
        String nickname = play.progress(token).orElseThrow().nickname();

        play.requestHelp(java.util.Optional.of(token));

        assertThat(events.stream(SessionActivity.HelpRequested.class))
                .containsExactly(new SessionActivity.HelpRequested(id, nickname));
        List<Map<String, Object>> rows = jdbc.queryForList("select * from help_request where session_id = ?", id);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().keySet()).map(k -> k.toUpperCase(java.util.Locale.ROOT))
                .containsExactlyInAnyOrder("ID", "INSTALLATION_ID", "SESSION_ID", "CREATED_AT");
        assertThat(rows.getFirst().values()).doesNotContain(nickname);
        assertThat(run.run(id).helpRequests()).isEqualTo(1);
        assertThat(run.summary(id).helpRequests()).isEqualTo(1);
    }

    @Test
    void theSummaryWeighsTeamsAndNamesTheMostMissedQuestion() {
        UUID id = sessions.create(PlannedSessions.Plan.selfPaced("09", facilitator.id(), "devices-9-11"));
        String code = run.open(id).code();
        Quiz quiz = content.quiz("devices-9-11").orElseThrow();
        String team = child(code, quiz, 4);
        String alone = child(code, quiz, 1);
        Question q0 = quiz.questions().get(0);
        Question q1 = quiz.questions().get(1);
        String wrong1 = q1.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
        play.answer(team, q0.id(), q0.correctChoiceIds(), 500);
        play.answer(alone, q0.id(), q0.correctChoiceIds(), 500);
        play.answer(team, q1.id(), Set.of(wrong1), 500);
        play.answer(alone, q1.id(), q1.correctChoiceIds(), 500);
        run.close(id);

        RunSummary summary = run.summary(id);
        assertThat(summary.childrenByBand()).containsExactly(Map.entry("9-11", 5));
        assertThat(summary.devices()).isEqualTo(2);
        assertThat(summary.percentRight()).isEqualTo(60); // (5 + 1) of 10 weighted answers
        assertThat(summary.mostMissed().question()).isEqualTo(q1);
        assertThat(summary.mostMissed().percentRight()).isEqualTo(20);
        assertThat(summary.helpRequests()).isZero();
    }

    @Test
    void aChildAtTheirOwnPaceWithoutAnAnswerForTwoMinutesIsShownAsStuck() {
        UUID id = sessions.create(PlannedSessions.Plan.selfPaced("09", facilitator.id(), "wellbeing-9-11"));
        String code = run.open(id).code();
        Quiz quiz = content.quiz("wellbeing-9-11").orElseThrow();
        String fresh = child(code, quiz, 1);
        String slow = child(code, quiz, 2);
        jdbc.update("update participant set created_at = ? where token_hash = ?",
                java.time.OffsetDateTime.now().minusMinutes(5), ma.cybercaravane.shared.Tokens.hash(slow));

        assertThat(run.run(id).players()).extracting(SessionRun.Player::teamSize, SessionRun.Player::stuck)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
        Question q = quiz.questions().getFirst();
        play.answer(slow, q.id(), q.correctChoiceIds(), 500);
        assertThat(run.run(id).players()).noneMatch(SessionRun.Player::stuck);
        assertThat(run.run(id).players()).extracting(SessionRun.Player::answered).containsExactlyInAnyOrder(0, 1);
        assertThat(fresh).isNotBlank();
    }

    @Test
    void thePodiumIsOffByDefaultAndNeverShownToTheYoungest() {
        UUID plain = sessions.create(PlannedSessions.Plan.live("09", facilitator.id(), "help-12-14"));
        UUID withPodium = sessions.create(PlannedSessions.Plan.live("09", facilitator.id(), "help-12-14").withPodium());
        UUID youngest = sessions.create(PlannedSessions.Plan.live("09", facilitator.id(), "help-6-8").withPodium());
        for (UUID id : List.of(plain, withPodium, youngest)) {
            String code = run.open(id).code();
            Quiz quiz = content.quiz(run.run(id).session().firstQuizId()).orElseThrow();
            String good = child(code, quiz, 1);
            String other = child(code, quiz, 1);
            run.next(id);
            Question q = quiz.questions().getFirst();
            play.answer(good, q.id(), q.correctChoiceIds(), 500);
            play.answer(other, q.id(), Set.of(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id()), 500);
            for (int i = 0; i < quiz.questions().size(); i++) run.next(id);
            assertThat(run.run(id).session().live().phase()).isEqualTo(LiveState.Phase.FINISHED);
            if (id.equals(withPodium)) {
                assertThat(run.podium(id)).containsExactly(new SessionRun.Place(1, play.progress(good).orElseThrow().nickname(), 1));
            } else {
                assertThat(run.podium(id)).isEmpty();
            }
        }
    }

    private String child(String code, Quiz quiz, int teamSize) {
        return play.start(new PlayService.StartRequest(code, quiz.id(), quiz.band(), Language.FR, play.suggestNickname(), teamSize));
    }

    private int answers(UUID session) {
        return jdbc.queryForObject("select count(*) from answer where session_id = ?", Integer.class, session);
    }

    private String status(UUID id) {
        return jdbc.queryForObject("select status from caravan_session where id = ?", String.class, id);
    }
}
