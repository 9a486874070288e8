package ma.cybercaravane.sessions;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import ma.cybercaravane.accounts.CurrentUser;
import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.sessions.LiveState.Phase;
import ma.cybercaravane.shared.Installation;
import ma.cybercaravane.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running a caravan session: open it (join code), move its live run, count raised hands, start the "after"
 * round, close it, and read what the console, the projector and the summary show. Every call checks the
 * organizer's scope: the session's facilitator, the coordinator of its region, or an admin.
 * Every change of state is published as {@link SessionActivity.StateChanged} after it is committed.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'FACILITATOR')")
public class SessionRunService {

    /** A self-paced participant with no answer for this long while unfinished is shown as stuck. */
    public static final Duration STUCK_AFTER = Duration.ofMinutes(2);
    private static final int MAX_HANDS = 10_000;

    private final JdbcTemplate jdbc;
    private final SessionLookup lookup;
    private final ContentService content;
    private final CurrentUser currentUser;
    private final Installation installation;
    private final ApplicationEventPublisher events;
    private final String publicUrl;
    private final JoinCodes codes = new JoinCodes(new SecureRandom());

    SessionRunService(JdbcTemplate jdbc, SessionLookup lookup, ContentService content, CurrentUser currentUser,
                      Installation installation, ApplicationEventPublisher events,
                      @Value("${cybercaravane.public-url:}") String publicUrl) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.content = content;
        this.currentUser = currentUser;
        this.installation = installation;
        this.events = events;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip();
    }

    // ---- reading ----------------------------------------------------------------------------------------

    /** The session as the console and the projector show it. */
    @Transactional(readOnly = true)
    public SessionRun run(UUID id) {
        JoinableSession s = require(id);
        List<Quiz> quizzes = s.quizIds().stream().map(content::quiz).flatMap(Optional::stream).toList();
        record Head(String place, OffsetDateTime startsAt, OffsetDateTime roundStart) {}
        Head head = jdbc.queryForObject("select site.name, site.city, s.starts_at, coalesce(s.updated_at, s.opened_at, s.created_at) "
                        + "from caravan_session s left join site on site.id = s.site_id where s.id = ?",
                (rs, i) -> new Head(rs.getString(1) == null ? "" : rs.getString(1) + " · " + rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class)), id);
        String place = head.place();
        OffsetDateTime startsAt = head.startsAt();
        OffsetDateTime roundStart = head.roundStart();
        SessionRun draft = new SessionRun(s, place, startsAt, quizzes, players(s, quizzes, roundStart), null,
                jdbc.queryForObject("select count(*) from help_request where session_id = ?", Integer.class, id));
        SessionRun.Distribution distribution = draft.liveQuestion()
                .map(q -> distribution(id, s.live().quizId(), s.live().round(), q.id())).orElse(null);
        return new SessionRun(s, place, startsAt, quizzes, draft.players(), distribution, draft.helpRequests());
    }

    private List<SessionRun.Player> players(JoinableSession s, List<Quiz> quizzes, OffsetDateTime roundStart) {
        Map<String, Integer> totals = new HashMap<>();
        quizzes.forEach(q -> totals.put(q.id(), q.questions().size()));
        record Row(UUID id, String nickname, String band, int team, String quiz, OffsetDateTime created, Integer round,
                   int answered, OffsetDateTime last) {}
        List<Row> rows = jdbc.query("select p.id, p.nickname, p.age_band, p.team_size, p.quiz_id, p.created_at, a.round, "
                        + "count(a.id), max(a.answered_at) from participant p left join answer a on a.participant_id = p.id "
                        + "where p.session_id = ? group by p.id, p.nickname, p.age_band, p.team_size, p.quiz_id, p.created_at, a.round "
                        + "order by p.created_at, p.id",
                (rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class), (Integer) rs.getObject(7, Integer.class), rs.getInt(8),
                        rs.getObject(9, OffsetDateTime.class)), s.id());
        Map<UUID, SessionRun.Player> players = new LinkedHashMap<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (Row r : rows) {
            int round = s.roundFor(r.quiz());
            SessionRun.Player before = players.get(r.id());
            int answered = (before == null ? 0 : before.answered()) + (r.round() != null && r.round() == round ? r.answered() : 0);
            OffsetDateTime last = latest(before == null ? r.created() : before.lastActivity(), r.last());
            if (round == 1) last = latest(last, roundStart);
            int total = totals.getOrDefault(r.quiz(), 0);
            boolean stuck = !s.liveMode() && s.open() && answered < total && last.plus(STUCK_AFTER).isBefore(now);
            players.put(r.id(), new SessionRun.Player(r.id(), r.nickname(), r.band(), r.team(), r.quiz(), round, answered, total, last, stuck));
        }
        return List.copyOf(players.values());
    }

    private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }

    private SessionRun.Distribution distribution(UUID id, String quizId, int round, String questionId) {
        Map<String, Integer> children = new TreeMap<>();
        int[] answers = {0};
        jdbc.query("select a.choice_ids, count(*), sum(p.team_size) from answer a join participant p on p.id = a.participant_id "
                + "where a.session_id = ? and a.quiz_id = ? and a.round = ? and a.question_id = ? group by a.choice_ids", rs -> {
            answers[0] += rs.getInt(2);
            for (String choice : rs.getString(1).split(",")) {
                if (!choice.isEmpty()) children.merge(choice, rs.getInt(3), Integer::sum);
            }
        }, id, quizId, round, questionId);
        Map<String, Integer> hands = new TreeMap<>();
        jdbc.query("select choice_id, hands from hand_count where session_id = ? and quiz_id = ? and round = ? and question_id = ?",
                rs -> { hands.put(rs.getString(1), rs.getInt(2)); }, id, quizId, round, questionId);
        return new SessionRun.Distribution(quizId, round, questionId, children, hands, answers[0]);
    }

    /** The podium of the live quiz once finished, when the session asks for one and never for the youngest band. */
    @Transactional(readOnly = true)
    public List<SessionRun.Place> podium(UUID id) {
        JoinableSession s = require(id);
        LiveState l = s.live();
        if (!s.podium() || l == null || l.phase() != Phase.FINISHED) return List.of();
        Optional<Quiz> quiz = content.quiz(l.quizId());
        if (quiz.isEmpty() || quiz.get().band().youngest() || quiz.get().band() == AgeBand.PARENTS) return List.of();
        List<SessionRun.Place> places = new ArrayList<>();
        int[] last = {-1, 0};
        jdbc.query("select p.nickname, sum(case when a.correct then 1 else 0 end) as score from participant p "
                + "join answer a on a.participant_id = p.id where p.session_id = ? and a.quiz_id = ? and a.round = ? "
                + "group by p.id, p.nickname order by score desc, p.nickname", rs -> {
            int score = rs.getInt(2);
            if (score != last[0]) {
                last[0] = score;
                last[1]++;
            }
            if (last[1] <= 3 && places.size() < 10 && score > 0) places.add(new SessionRun.Place(last[1], rs.getString(1), score));
        }, id, l.quizId(), l.round());
        return places;
    }

    /** What the session adds up to (shown when it is closed, readable any time). */
    @Transactional(readOnly = true)
    public RunSummary summary(UUID id) {
        require(id);
        Map<String, Integer> byBand = new TreeMap<>();
        int[] devices = {0};
        jdbc.query("select age_band, count(*), sum(team_size) from participant where session_id = ? group by age_band", rs -> {
            byBand.merge(rs.getString(1), rs.getInt(3), Integer::sum);
            devices[0] += rs.getInt(2);
        }, id);
        Map<String, Integer> handsHeadcount = new HashMap<>();
        jdbc.query("select age_band, sum(hands) from hand_count where session_id = ? group by age_band, quiz_id, round, question_id",
                rs -> { handsHeadcount.merge(rs.getString(1), rs.getInt(2), Math::max); }, id);
        handsHeadcount.forEach((band, n) -> byBand.merge(band, n, Integer::sum));

        Map<String, long[]> perQuestion = new LinkedHashMap<>(); // quiz|question -> {all, right}
        jdbc.query("select a.quiz_id, a.question_id, sum(p.team_size), sum(case when a.correct then p.team_size else 0 end) "
                + "from answer a join participant p on p.id = a.participant_id where a.session_id = ? group by a.quiz_id, a.question_id",
                rs -> { add(perQuestion, rs.getString(1) + "|" + rs.getString(2), rs.getLong(3), rs.getLong(4)); }, id);
        jdbc.query("select quiz_id, question_id, sum(hands), sum(case when correct then hands else 0 end) from hand_count "
                + "where session_id = ? group by quiz_id, question_id",
                rs -> { add(perQuestion, rs.getString(1) + "|" + rs.getString(2), rs.getLong(3), rs.getLong(4)); }, id);
        long all = perQuestion.values().stream().mapToLong(v -> v[0]).sum();
        long right = perQuestion.values().stream().mapToLong(v -> v[1]).sum();
        Integer percent = all == 0 ? null : (int) Math.round(100.0 * right / all);
        RunSummary.Missed missed = null;
        for (var e : perQuestion.entrySet()) {
            if (e.getValue()[0] == 0) continue;
            int p = (int) Math.round(100.0 * e.getValue()[1] / e.getValue()[0]);
            String[] key = e.getKey().split("\\|", 2);
            Optional<Question> q = content.quiz(key[0]).flatMap(quiz -> quiz.question(key[1]));
            if (q.isPresent() && (missed == null || p < missed.percentRight())) missed = new RunSummary.Missed(key[0], q.get(), p);
        }
        int help = jdbc.queryForObject("select count(*) from help_request where session_id = ?", Integer.class, id);
        return new RunSummary(byBand, devices[0], percent, missed, help);
    }

    private static void add(Map<String, long[]> perQuestion, String key, long all, long right) {
        long[] v = perQuestion.computeIfAbsent(key, k -> new long[2]);
        v[0] += all;
        v[1] += right;
    }

    /**
     * The address the join QR code holds: the configured public URL ({@code CC_PUBLIC_URL}) when set, else the
     * address the facilitator's browser used ({@code browserBase}, e.g. {@code http://192.168.1.10:8080}).
     */
    public String joinUrl(String code, String browserBase) {
        return JoinLink.url(publicUrl.isEmpty() ? browserBase : publicUrl, code);
    }

    /** Whether the join address comes from configuration (else from the browser's address). */
    public boolean publicUrlConfigured() {
        return !publicUrl.isEmpty();
    }

    // ---- changing -----------------------------------------------------------------------------------------

    /** PLANNED -> OPEN: a fresh join code, unique among open sessions; a live run waits on its first quiz. */
    @Transactional
    public JoinableSession open(UUID id) {
        JoinableSession s = require(id);
        if (s.open()) return s;
        if (s.status() != JoinableSession.Status.PLANNED) throw new RunException("run.error.notPlanned");
        if (s.quizIds().isEmpty()) throw new RunException("run.error.noQuiz");
        String code = codes.unique(c -> jdbc.queryForObject(
                "select count(*) from caravan_session where join_code = ? and status = 'OPEN'", Integer.class, c) > 0);
        OffsetDateTime now = OffsetDateTime.now();
        int changed = jdbc.update("update caravan_session set status = 'OPEN', join_code = ?, opened_at = ?, updated_at = ?, "
                        + "live_round = 0, live_quiz_id = ?, live_position = ?, live_phase = ? where id = ? and status = 'PLANNED'",
                code, now, now, s.liveMode() ? s.firstQuizId() : null, s.liveMode() ? 0 : null,
                s.liveMode() ? Phase.WAITING.name() : null, id);
        if (changed == 0) throw new RunException("run.error.notPlanned");
        changed(id);
        return lookup.byId(id).orElseThrow();
    }

    /** Opens the first question, or the next one; after the last one the run is finished. */
    @Transactional
    public void next(UUID id) {
        JoinableSession s = requireLive(id);
        LiveState l = s.live();
        int size = quiz(l.quizId()).questions().size();
        LiveState n = switch (l.phase()) {
            case WAITING -> new LiveState(l.quizId(), l.round(), 0, Phase.QUESTION);
            case QUESTION, REVEALED -> l.position() + 1 < size
                    ? new LiveState(l.quizId(), l.round(), l.position() + 1, Phase.QUESTION)
                    : new LiveState(l.quizId(), l.round(), l.position(), Phase.FINISHED);
            case FINISHED -> l;
        };
        move(s, n);
    }

    /** Closes the open question: the right answer and the explanation appear on the projector and every device. */
    @Transactional
    public void reveal(UUID id) {
        JoinableSession s = requireLive(id);
        LiveState l = s.live();
        if (l.phase() == Phase.QUESTION) move(s, new LiveState(l.quizId(), l.round(), l.position(), Phase.REVEALED));
    }

    /** Runs another quiz of the session live (round 0), from its lobby. */
    @Transactional
    public void chooseQuiz(UUID id, String quizId) {
        JoinableSession s = requireLive(id);
        if (!s.quizIds().contains(quizId)) throw new RunException("run.error.noQuiz");
        move(s, new LiveState(quizId, 0, 0, Phase.WAITING));
    }

    /** The "after" run of a before/after session: its first quiz again (round 1), same participants. */
    @Transactional
    public void startAfterRound(UUID id) {
        JoinableSession s = requireOpen(id);
        if (!s.beforeAfter()) throw new RunException("run.error.notBeforeAfter");
        if (s.liveMode()) {
            move(s, new LiveState(s.firstQuizId(), 1, 0, Phase.WAITING));
        } else if (s.round() == 0) {
            jdbc.update("update caravan_session set live_round = 1, updated_at = ? where id = ? and status = 'OPEN'", OffsetDateTime.now(), id);
            changed(id);
        }
    }

    /** OPEN -> CLOSED: no answer is taken any more; devices are told at once. */
    @Transactional
    public void close(UUID id) {
        JoinableSession s = require(id);
        if (s.status() == JoinableSession.Status.CLOSED) return;
        if (!s.open()) throw new RunException("run.error.notOpen");
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.update("update caravan_session set status = 'CLOSED', closed_at = ?, updated_at = ? where id = ? and status = 'OPEN'", now, now, id);
        changed(id);
    }

    /**
     * Show of hands: the number of raised hands for one choice of a question, in the current round of its quiz.
     * Typing again corrects the count (one row per session, quiz, round, question and choice).
     */
    @Transactional
    public void countHands(UUID id, String quizId, String questionId, String choiceId, int hands, Language language) {
        JoinableSession s = requireOpen(id);
        if (!s.quizIds().contains(quizId)) throw new RunException("run.error.noQuiz");
        if (hands < 0 || hands > MAX_HANDS) throw new RunException("run.error.hands");
        Quiz quiz = quiz(quizId);
        Question question = quiz.question(questionId).orElseThrow(() -> new RunException("run.error.noQuestion"));
        Choice choice = question.choices().stream().filter(c -> c.id().equals(choiceId)).findFirst()
                .orElseThrow(() -> new RunException("run.error.noQuestion"));
        int round = s.roundFor(quizId);
        Object[] values = {hands, choice.correct(), language.code(), quiz.version(), OffsetDateTime.now(), id, quizId, round, questionId, choiceId};
        String update = "update hand_count set hands = ?, correct = ?, language = ?, quiz_version = ?, recorded_at = ? "
                + "where session_id = ? and quiz_id = ? and round = ? and question_id = ? and choice_id = ?";
        if (jdbc.update(update, values) == 0) {
            try {
                jdbc.update("insert into hand_count (id, installation_id, session_id, quiz_id, quiz_version, question_id, round, "
                                + "choice_id, correct, hands, age_band, language, recorded_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        UUID.randomUUID(), installation.id(), id, quizId, quiz.version(), questionId, round, choiceId,
                        choice.correct(), hands, quiz.band().code(), language.code(), OffsetDateTime.now());
            } catch (DataIntegrityViolationException raced) {
                jdbc.update(update, values);
            }
        }
        events.publishEvent(new SessionActivity.HandsCounted(id, quizId, round, questionId));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private void move(JoinableSession s, LiveState n) {
        LiveState l = s.live();
        if (n.equals(l)) return;
        // Guarded by the state read: a double click or a second console never skips a question.
        int changed = jdbc.update("update caravan_session set live_quiz_id = ?, live_round = ?, live_position = ?, live_phase = ?, "
                        + "updated_at = ? where id = ? and status = 'OPEN' and live_quiz_id = ? and live_round = ? "
                        + "and live_position = ? and live_phase = ?",
                n.quizId(), n.round(), n.position(), n.phase().name(), OffsetDateTime.now(), s.id(),
                l.quizId(), l.round(), l.position(), l.phase().name());
        if (changed == 1) changed(s.id());
    }

    private void changed(UUID id) {
        events.publishEvent(new SessionActivity.StateChanged(id));
    }

    private Quiz quiz(String quizId) {
        return content.quiz(quizId).orElseThrow(() -> new RunException("run.error.noQuiz"));
    }

    private JoinableSession requireOpen(UUID id) {
        JoinableSession s = require(id);
        if (!s.open()) throw new RunException("run.error.notOpen");
        return s;
    }

    private JoinableSession requireLive(UUID id) {
        JoinableSession s = requireOpen(id);
        if (!s.liveMode() || s.live() == null) throw new RunException("run.error.notLive");
        return s;
    }

    /** The session, if the signed-in organizer's scope covers it: its facilitator, its region's coordinator, an admin. */
    private JoinableSession require(UUID id) {
        Scope scope = currentUser.require();
        List<Object[]> owner = jdbc.query("select coalesce(s.region_code, site.region_code), s.facilitator_id from caravan_session s "
                        + "left join site on site.id = s.site_id where s.id = ?",
                (rs, i) -> new Object[] {rs.getString(1), rs.getObject(2, UUID.class)}, id);
        if (owner.isEmpty()) throw new RunException("run.error.noSession");
        if (!scope.covers((String) owner.getFirst()[0], (UUID) owner.getFirst()[1])) {
            throw new AccessDeniedException("session " + id + " is outside the organizer's scope");
        }
        return lookup.byId(id).orElseThrow();
    }
}
