package ma.cybercaravane.play;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.sessions.JoinableSession;
import ma.cybercaravane.sessions.LiveState;
import ma.cybercaravane.sessions.SessionActivity;
import ma.cybercaravane.sessions.SessionLookup;
import ma.cybercaravane.shared.Installation;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Tokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The child's side: start a quiz (in a session or as practice), answer, resume with the device's token, ask for
 * help. Children never log in: the random token handed to the device is the only key, stored hashed.
 */
@Service
public class PlayService {

    private static final Logger log = LoggerFactory.getLogger(PlayService.class);

    private final ParticipantRepository participants;
    private final AnswerRepository answers;
    private final ContentService content;
    private final SessionLookup sessions;
    private final NicknameGenerator nicknames;
    private final Installation installation;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final JoinGuard joinGuard;

    PlayService(JoinGuard joinGuard, ParticipantRepository participants, AnswerRepository answers, ContentService content,
                SessionLookup sessions, NicknameGenerator nicknames, Installation installation,
                ApplicationEventPublisher events, TransactionTemplate tx, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.participants = participants;
        this.answers = answers;
        this.content = content;
        this.sessions = sessions;
        this.nicknames = nicknames;
        this.installation = installation;
        this.events = events;
        this.tx = tx;
        this.jdbc = jdbc;
        this.joinGuard = joinGuard;
    }

    /**
     * The session a code opens, for a child's device. Wrong codes are counted per client and slowed down,
     * so codes cannot be brute-forced; only open sessions can be joined.
     */
    public JoinableSession sessionToJoin(String code, String client) {
        if (joinGuard.blocked(client)) throw new PlayException("play.error.tooManyAttempts");
        Optional<JoinableSession> session = sessions.byCode(code);
        if (session.isEmpty()) {
            joinGuard.failed(client);
            throw new PlayException("play.error.unknownCode");
        }
        if (!session.get().open()) throw new PlayException("play.error.sessionClosed");
        return session.get();
    }

    public Nickname suggestNickname() {
        return nicknames.suggest();
    }

    public String nicknameText(Nickname nickname, Language language) {
        return nicknames.text(nickname, language);
    }

    /**
     * Quizzes a child of this band can play: the session's ones, or the whole library for practice. In a live
     * session, the quiz running on the projector when it is one for this band.
     */
    public List<Quiz> quizzesFor(Optional<JoinableSession> session, AgeBand band) {
        List<Quiz> forBand = content.library().quizzes(band);
        if (session.isEmpty()) return forBand;
        JoinableSession s = session.get();
        List<Quiz> inSession = forBand.stream().filter(q -> s.quizIds().contains(q.id())).toList();
        LiveState live = s.live();
        if (s.liveMode() && live != null) {
            List<Quiz> running = inSession.stream().filter(q -> q.id().equals(live.quizId())).toList();
            if (!running.isEmpty()) return running;
        }
        return inSession;
    }

    public record StartRequest(String sessionCode, String quizId, AgeBand band, Language language, Nickname nickname, int teamSize) {}

    /** Creates the participant and returns the device token (shown once, never stored in clear). */
    @Transactional
    public String start(StartRequest request) {
        Quiz quiz = content.quiz(request.quizId()).orElseThrow(() -> new PlayException("play.error.noQuiz"));
        if (quiz.band() != request.band()) throw new PlayException("play.error.noQuiz");
        if (!nicknames.valid(request.nickname())) throw new PlayException("play.error.nickname");
        if (request.teamSize() < 1 || request.teamSize() > 10) throw new PlayException("play.error.teamSize");
        UUID sessionId = null;
        if (request.sessionCode() != null) {
            JoinableSession session = sessions.byCode(request.sessionCode())
                    .orElseThrow(() -> new PlayException("play.error.unknownCode"));
            if (!session.open()) throw new PlayException("play.error.sessionClosed");
            if (!session.quizIds().contains(quiz.id())) throw new PlayException("play.error.noQuiz");
            sessionId = session.id();
        }
        String token = Tokens.newToken();
        Participant p = new Participant(installation.id(), Tokens.hash(token), sessionId, quiz.id(),
                nicknames.text(request.nickname(), request.language()), request.band().code(), request.language().code(),
                request.teamSize() > 1 ? Participant.Mode.TEAM : Participant.Mode.SOLO, request.teamSize());
        participants.save(p);
        if (sessionId != null) {
            events.publishEvent(new SessionActivity.ParticipantJoined(sessionId, p.getId(), p.nickname(), p.ageBand(), p.teamSize()));
        }
        return token;
    }

    /** Where a device stands: the quiz, what it answered, the next question. Empty for an unknown or forged token. */
    @Transactional(readOnly = true)
    public Optional<Progress> progress(String token) {
        return participant(token).flatMap(p -> content.quiz(p.quizId()).map(quiz -> progressOf(p, quiz)));
    }

    private Progress progressOf(Participant p, Quiz quiz) {
        JoinableSession session = p.sessionId() == null ? null : sessions.byId(p.sessionId()).orElse(null);
        int round = session == null ? 0 : session.roundFor(quiz.id());
        List<Answer> given = answers.findByParticipantIdAndQuizIdAndRound(p.getId(), quiz.id(), (short) round);
        List<Progress.Given> byQuestion = given.stream()
                .map(a -> new Progress.Given(a.questionId(), a.choiceIds(), a.correct())).toList();
        return new Progress(quiz, p.nickname(), Language.fromCode(p.language()).orElse(Language.FR),
                session, round, p.teamSize(), byQuestion, p.createdAt());
    }

    public record AnswerResult(boolean correct, Set<String> correctChoices, boolean alreadyAnswered) {}

    /** Stores an answer once, in the round the session is in now (see {@link #answer(String, int, String, Set, int)}). */
    public AnswerResult answer(String token, String questionId, Set<String> choiceIds, int timeMs) {
        return answer(token, ANY_ROUND, questionId, choiceIds, timeMs);
    }

    static final int ANY_ROUND = -1;

    /**
     * Stores an answer once. A repeated answer (double tap, retry after a Wi-Fi drop, a reload) returns the first
     * one; the database's unique key holds even when two requests race. In a session, an answer is taken only
     * while the session is open, in its current round ({@code round}: the one the device showed), and in live
     * mode only for the question open on the projector; a late answer is refused kindly and not stored.
     */
    public AnswerResult answer(String token, int round, String questionId, Set<String> choiceIds, int timeMs) {
        try {
            try {
                return tx.execute(s -> store(token, round, questionId, choiceIds, timeMs));
            } catch (DataIntegrityViolationException raced) {
                return tx.execute(s -> store(token, round, questionId, choiceIds, timeMs));
            }
        } catch (DataAccessException | TransactionException storage) {
            // Disk full, database unreachable: nothing was committed; the device keeps the answer and retries.
            log.error("An answer could not be stored: {}", storage.getMessage());
            events.publishEvent(new SessionActivity.StorageFailed(null, java.time.Instant.now()));
            throw new PlayException("play.error.saveFailed");
        }
    }

    /** Who answers: the participant's keys only, read in plain SQL (this is the path 300 phones take at once). */
    private record Answering(UUID id, String quizId, UUID sessionId) {}

    private AnswerResult store(String token, int shownRound, String questionId, Set<String> choiceIds, int timeMs) {
        Answering p = answering(token).orElseThrow(() -> new PlayException("play.error.unknownToken"));
        Quiz quiz = content.quiz(p.quizId()).orElseThrow(() -> new PlayException("play.error.noQuiz"));
        Question question = quiz.question(questionId).orElseThrow(() -> new PlayException("play.error.noQuestion"));
        JoinableSession session = p.sessionId() == null ? null : sessions.byId(p.sessionId()).orElse(null);
        int round = session == null ? 0 : session.roundFor(quiz.id());
        List<Boolean> existing = jdbc.queryForList("select correct from answer where participant_id = ? and quiz_id = ? and round = ? "
                + "and question_id = ?", Boolean.class, p.id(), quiz.id(), (short) round, questionId);
        if (!existing.isEmpty()) {
            return new AnswerResult(existing.getFirst(), question.correctChoiceIds(), true);
        }
        if (choiceIds.isEmpty() || !question.choices().stream().map(c -> c.id()).toList().containsAll(choiceIds)) {
            throw new PlayException("play.error.noChoice");
        }
        if (p.sessionId() != null && (session == null || !session.open())) {
            throw new PlayException("play.error.sessionClosed");
        }
        if (session != null && ((shownRound != ANY_ROUND && shownRound != round)
                || !session.accepts(quiz.id(), round, quiz.indexOf(questionId)))) {
            throw new PlayException("play.error.questionClosed");
        }
        boolean correct = question.isCorrect(choiceIds);
        jdbc.update(Answer.INSERT, new Answer(installation.id(), p.id(), p.sessionId(), quiz.id(), quiz.version(), questionId,
                round, choiceIds, correct, Math.max(0, Math.min(timeMs, 3_600_000))).row());
        if (p.sessionId() != null) {
            events.publishEvent(new SessionActivity.AnswerStored(p.sessionId(), p.id(), quiz.id(), round, questionId,
                    Set.copyOf(choiceIds), correct));
        }
        return new AnswerResult(correct, question.correctChoiceIds(), false);
    }

    /** "I need help": an anonymous row for the count; the nickname goes to the facilitator's screen only. */
    @Transactional
    public void requestHelp(Optional<String> token) {
        Optional<Participant> p = token.flatMap(this::participant);
        UUID sessionId = p.map(Participant::sessionId).orElse(null);
        jdbc.update("insert into help_request (id, installation_id, session_id, created_at) values (?,?,?,?)",
                UUID.randomUUID(), installation.id(), sessionId, java.time.OffsetDateTime.now());
        if (sessionId != null) events.publishEvent(new SessionActivity.HelpRequested(sessionId, p.get().nickname()));
    }

    /** A device token has this shape; anything else is not looked up at all. */
    private static boolean plausible(String token) {
        return token != null && token.length() >= 16 && token.length() <= 64;
    }

    private Optional<Answering> answering(String token) {
        if (!plausible(token)) return Optional.empty();
        return jdbc.query("select id, quiz_id, session_id from participant where token_hash = ?",
                (rs, i) -> new Answering(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)),
                Tokens.hash(token)).stream().findFirst();
    }

    private Optional<Participant> participant(String token) {
        if (!plausible(token)) return Optional.empty();
        return participants.findByTokenHash(Tokens.hash(token));
    }
}
