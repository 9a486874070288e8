package ma.cybercaravane.reports;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Results written straight into the tables with SQL, the way the session and play features store them (sites,
 * sessions, participants, answers, show-of-hands counts, help requests), for report tests and the benchmark.
 * Right and wrong answers use the quiz's real choices.
 */
public final class ReportTestData {

    public static final UUID INSTALLATION = UUID.fromString("00000000-0000-0000-0000-00000000beef");
    public static final String INSERT_SITE = "insert into site (id, installation_id, name, kind, city, region_code, "
            + "host_organization, created_at) values (?,?,?,?,?,?,?,?)";
    public static final String INSERT_SESSION = "insert into caravan_session (id, installation_id, site_id, region_code, "
            + "starts_at, audience, mode, status, notes, created_at, facilitator_id, before_after) values (?,?,?,?,?,?,?,?,?,?,?,?)";
    public static final String INSERT_SESSION_QUIZ = "insert into session_quiz (session_id, quiz_id, position) values (?,?,?)";
    public static final String INSERT_PARTICIPANT = "insert into participant (id, installation_id, token_hash, session_id, "
            + "quiz_id, nickname, age_band, language, mode, team_size, created_at) values (?,?,?,?,?,?,?,?,?,?,?)";
    public static final String INSERT_ANSWER = "insert into answer (id, installation_id, participant_id, session_id, quiz_id, "
            + "quiz_version, question_id, round, choice_ids, correct, time_ms, answered_at) values (?,?,?,?,?,?,?,?,?,?,?,?)";
    public static final String INSERT_HANDS = "insert into hand_count (id, installation_id, session_id, quiz_id, quiz_version, "
            + "question_id, round, choice_id, correct, hands, age_band, language, recorded_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?)";
    public static final String INSERT_HELP = "insert into help_request (id, installation_id, session_id, created_at) values (?,?,?,?)";

    private final JdbcTemplate jdbc;
    private final ContentService content;

    public ReportTestData(JdbcTemplate jdbc, ContentService content) {
        this.jdbc = jdbc;
        this.content = content;
    }

    public UUID site(String name, String city, String region, String host) {
        UUID id = UUID.randomUUID();
        jdbc.update(INSERT_SITE, id, INSTALLATION, name, "SCHOOL", city, region, host, OffsetDateTime.now());
        return id;
    }

    /** A closed caravan session at a site, with its quizzes. */
    public UUID session(UUID site, String region, OffsetDateTime startsAt, UUID facilitator, boolean beforeAfter, String notes,
                        String... quizzes) {
        UUID id = UUID.randomUUID();
        jdbc.update(INSERT_SESSION, id, INSTALLATION, site, region, startsAt, "9-11", "LIVE", "CLOSED", notes, startsAt,
                facilitator, beforeAfter);
        for (int i = 0; i < quizzes.length; i++) jdbc.update(INSERT_SESSION_QUIZ, id, quizzes[i], i);
        return id;
    }

    /** A child (teamSize 1) or a team on one device; session null: practice. */
    public UUID participant(UUID session, String quiz, String band, String language, int teamSize, String nickname,
                            OffsetDateTime at) {
        UUID id = UUID.randomUUID();
        jdbc.update(INSERT_PARTICIPANT, id, INSTALLATION, id.toString().replace("-", ""), session, quiz, nickname, band, language, teamSize > 1 ? "TEAM" : "SOLO", teamSize, at);
        return id;
    }

    /** A right answer (the right choices) or a wrong one (the first wrong choice). */
    public void answer(UUID participant, UUID session, String quizId, String questionId, int round, boolean correct,
                       OffsetDateTime at) {
        Question q = question(quizId, questionId);
        String choices = correct ? join(q.correctChoiceIds())
                : q.choices().stream().filter(c -> !c.correct()).findFirst().map(Choice::id).orElseThrow();
        answer(participant, session, quizId, questionId, round, choices, at);
    }

    /** An answer with these choices (comma-separated); right when they are exactly the right ones. */
    public void answer(UUID participant, UUID session, String quizId, String questionId, int round, String choices,
                       OffsetDateTime at) {
        Quiz quiz = quiz(quizId);
        Question q = question(quizId, questionId);
        boolean correct = q.isCorrect(Set.of(choices.split(",")));
        jdbc.update(INSERT_ANSWER, UUID.randomUUID(), INSTALLATION, participant, session, quizId, quiz.version(), questionId,
                round, choices, correct, 4200, at);
    }

    /** A show-of-hands count for one choice. */
    public void hands(UUID session, String quizId, String questionId, int round, String choice, int hands, String band,
                      OffsetDateTime at) {
        Question q = question(quizId, questionId);
        jdbc.update(INSERT_HANDS, UUID.randomUUID(), INSTALLATION, session, quizId, quiz(quizId).version(), questionId, round,
                choice, q.correctChoiceIds().contains(choice), hands, band, "fr", at);
    }

    public void help(UUID session, OffsetDateTime at) {
        jdbc.update(INSERT_HELP, UUID.randomUUID(), INSTALLATION, session, at);
    }

    public Quiz quiz(String quizId) {
        return content.quiz(quizId).orElseThrow();
    }

    public Question question(String quizId, String questionId) {
        return quiz(quizId).question(questionId).orElseThrow();
    }

    public String rightChoice(String quizId, String questionId) {
        return join(question(quizId, questionId).correctChoiceIds());
    }

    public String wrongChoice(String quizId, String questionId, int index) {
        return question(quizId, questionId).choices().stream().filter(c -> !c.correct()).skip(index).findFirst()
                .map(Choice::id).orElseThrow();
    }

    static String join(Set<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(","));
    }
}
