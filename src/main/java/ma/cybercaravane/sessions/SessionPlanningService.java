package ma.cybercaravane.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ma.cybercaravane.accounts.AccountService;
import ma.cybercaravane.accounts.CurrentUser;
import ma.cybercaravane.accounts.Facilitator;
import ma.cybercaravane.accounts.InvalidInput;
import ma.cybercaravane.accounts.Role;
import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.shared.Installation;
import ma.cybercaravane.shared.Region;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning caravan sessions: date and time, site (its region comes with it), audience, ordered quizzes, mode,
 * before/after run, podium, facilitator, notes. Scope is in every query: admins all, a coordinator their region,
 * a facilitator the sessions they are in charge of (and they plan only for themself). Only planned sessions
 * change here, notes at any time; opening and closing belong to running a session.
 */
@Service
public class SessionPlanningService {

    /** Sessions are planned and shown in Moroccan time. */
    public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");
    public static final int MAX_NOTES = 2000;
    public static final int MAX_QUIZZES = 6;
    /** Before/after runs the first quiz twice: it must be short. */
    public static final int MAX_BEFORE_AFTER_QUESTIONS = 8;
    public static final int MAX_SEARCH = 100;
    static final int LIST_LIMIT = 500;
    static final LocalDate EARLIEST = LocalDate.of(2023, 1, 1);
    static final int YEARS_AHEAD = 3;

    private static final String SELECT = "select s.id, s.starts_at, s.region_code, s.audience, s.mode, s.status, s.facilitator_id, "
            + "s.join_code, s.notes, s.created_at, s.updated_at, s.before_after, s.podium, "
            + "st.id, st.name, st.kind, st.city, st.region_code, st.host_organization "
            + "from caravan_session s left join site st on st.id = s.site_id";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final SiteService sites;
    private final AccountService accounts;
    private final ContentService content;
    private final Installation installation;

    SessionPlanningService(JdbcTemplate jdbc, CurrentUser currentUser, SiteService sites, AccountService accounts,
                           ContentService content, Installation installation) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.sites = sites;
        this.accounts = accounts;
        this.content = content;
        this.installation = installation;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SessionRow> list(SessionFilter filter) {
        Scope scope = currentUser.require();
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(scopeCondition(scope, args));
        if (filter.from() != null) {
            sql.append(" and s.starts_at >= ?");
            args.add(filter.from().atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and s.starts_at < ?");
            args.add(filter.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (filter.regionCode() != null) {
            sql.append(" and s.region_code = ?");
            args.add(filter.regionCode());
        }
        if (filter.status() != null) {
            sql.append(" and s.status = ?");
            args.add(filter.status().name());
        }
        if (filter.facilitatorId() != null) {
            sql.append(" and s.facilitator_id = ?");
            args.add(filter.facilitatorId());
        }
        String text = filter.text() == null ? "" : filter.text().strip();
        if (text.length() > MAX_SEARCH) throw InvalidInput.of("text", "accounts.input.tooLong", MAX_SEARCH, text.length());
        sql.append(" order by s.starts_at desc");
        // Text is matched here, not with SQL LIKE: the same accent- and case-blind result whatever the database's locale.
        if (text.isEmpty()) sql.append(" limit ").append(LIST_LIMIT);
        String wanted = fold(text);
        List<SessionDetails> found;
        try (var rows = jdbc.queryForStream(sql.toString(), (rs, i) -> details(rs), args.toArray())) {
            found = rows.filter(d -> wanted.isEmpty() || matches(d, wanted)).limit(LIST_LIMIT).toList();
        }
        Map<UUID, String> names = accounts.displayNames(found.stream().map(SessionDetails::facilitatorId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return found.stream().map(d -> new SessionRow(d.id(), d.startsAt(), d.site() == null ? null : d.site().name(),
                d.site() == null ? null : d.site().city(), d.regionCode(), d.audience(), d.mode(), d.status(),
                d.facilitatorId(), d.facilitatorId() == null ? null : names.get(d.facilitatorId()))).toList();
    }

    private static boolean matches(SessionDetails d, String wanted) {
        Site site = d.site();
        return site != null && (fold(site.name()).contains(wanted) || fold(site.city()).contains(wanted) || fold(site.hostOrganization()).contains(wanted))
                || fold(d.notes()).contains(wanted);
    }

    /** Lower case without accents or Arabic short vowels: "ecole" finds "École", "مدرسة" finds "مَدْرَسَة". */
    static String fold(String text) {
        if (text == null) return "";
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** The session if it exists and is in the organizer's scope; the same empty answer otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<SessionDetails> find(UUID id) {
        return visible(currentUser.require(), id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UUID plan(SessionDraft draft) {
        Scope scope = currentUser.require();
        Checked c = check(scope, draft, null);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.update("insert into caravan_session (id, installation_id, site_id, region_code, starts_at, audience, mode, status, notes, "
                        + "created_at, updated_at, facilitator_id, before_after, podium) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                id, installation.id(), c.site.id(), c.site.regionCode(), c.startsAt, c.audience, draft.mode().name(),
                JoinableSession.Status.PLANNED.name(), c.notes, now, now, c.facilitatorId, draft.beforeAfter(), draft.podium());
        writeQuizzes(id, draft.quizIds());
        return id;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void update(UUID id, SessionDraft draft) {
        Scope scope = currentUser.require();
        SessionDetails before = visible(scope, id).orElseThrow(() -> InvalidInput.of("session", "sessions.error.sessionNotFound"));
        if (!before.editable()) throw InvalidInput.of("status", "sessions.error.notPlanned");
        Checked c = check(scope, draft, before.facilitatorId());
        int changed = jdbc.update("update caravan_session set site_id = ?, region_code = ?, starts_at = ?, audience = ?, mode = ?, notes = ?, "
                        + "updated_at = ?, facilitator_id = ?, before_after = ?, podium = ? where id = ? and status = ?",
                c.site.id(), c.site.regionCode(), c.startsAt, c.audience, draft.mode().name(), c.notes, OffsetDateTime.now(),
                c.facilitatorId, draft.beforeAfter(), draft.podium(), id, JoinableSession.Status.PLANNED.name());
        if (changed != 1) throw InvalidInput.of("status", "sessions.error.notPlanned");
        jdbc.update("delete from session_quiz where session_id = ?", id);
        writeQuizzes(id, draft.quizIds());
    }

    /** Notes can be written whatever the status (what happened on the day). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void updateNotes(UUID id, String notes) {
        Scope scope = currentUser.require();
        visible(scope, id).orElseThrow(() -> InvalidInput.of("session", "sessions.error.sessionNotFound"));
        var errors = new InvalidInput.Collector();
        String checked = errors.lines("notes", notes, MAX_NOTES, false);
        errors.throwIfAny();
        jdbc.update("update caravan_session set notes = ?, updated_at = ? where id = ?", checked, OffsetDateTime.now(), id);
    }

    /** Sites the organizer may plan at. */
    @PreAuthorize("isAuthenticated()")
    public List<Site> sites() {
        return sites.list();
    }

    /** The regions whose sessions the organizer may see (all for admins, their own for the others). */
    @PreAuthorize("isAuthenticated()")
    public List<String> regionsInScope() {
        return sites.regionsForSites().stream().map(Region::code).toList();
    }

    /** Facilitators the organizer may put in charge. */
    @PreAuthorize("isAuthenticated()")
    public List<Facilitator> facilitators() {
        return accounts.assignableFacilitators();
    }

    /** The library's quizzes for an audience, youngest band first. */
    @PreAuthorize("isAuthenticated()")
    public List<PlannedQuiz> quizzesFor(Collection<AgeBand> audience) {
        return content.library().quizzes().values().stream().filter(q -> audience.contains(q.band())).map(PlannedQuiz::of).toList();
    }

    Optional<SessionDetails> visible(Scope scope, UUID id) {
        if (id == null) return Optional.empty();
        List<Object> args = new ArrayList<>();
        String where = scopeCondition(scope, args);
        args.add(id);
        Optional<SessionDetails> found = jdbc.query(SELECT + " where " + where + " and s.id = ?", (rs, i) -> details(rs),
                args.toArray()).stream().findFirst();
        return found.map(d -> {
            List<PlannedQuiz> quizzes = jdbc.queryForList("select quiz_id from session_quiz where session_id = ? order by position", String.class, id)
                    .stream().map(q -> content.quiz(q).map(PlannedQuiz::of).orElseGet(() -> PlannedQuiz.missing(q))).toList();
            String name = d.facilitatorId() == null ? null : accounts.displayNames(Set.of(d.facilitatorId())).get(d.facilitatorId());
            return complete(d, quizzes, name);
        });
    }

    /** Admins: everything; coordinators: their region; facilitators: the sessions they are in charge of. */
    private static String scopeCondition(Scope scope, List<Object> args) {
        return switch (scope.role()) {
            case ADMIN -> "1 = 1";
            case COORDINATOR -> {
                if (scope.regionCode() == null) yield "1 = 0";
                args.add(scope.regionCode());
                yield "s.region_code = ?";
            }
            case FACILITATOR -> {
                args.add(scope.userId());
                yield "s.facilitator_id = ?";
            }
        };
    }

    private record Checked(OffsetDateTime startsAt, Site site, String audience, UUID facilitatorId, String notes) {}

    private Checked check(Scope scope, SessionDraft d, UUID currentFacilitator) {
        var errors = new InvalidInput.Collector();
        OffsetDateTime startsAt = null;
        if (d.startsAt() == null) errors.add("startsAt", "accounts.input.required");
        else if (d.startsAt().toLocalDate().isBefore(EARLIEST) || d.startsAt().isAfter(LocalDateTime.now(ZONE).plusYears(YEARS_AHEAD))) {
            errors.add("startsAt", "sessions.error.dateRange", EARLIEST.getYear(), YEARS_AHEAD);
        } else {
            startsAt = d.startsAt().atZone(ZONE).toOffsetDateTime();
        }
        Site site = null;
        if (d.siteId() == null) errors.add("siteId", "accounts.input.required");
        else site = sites.visible(scope, d.siteId()).orElse(null);
        if (d.siteId() != null && site == null) errors.add("siteId", "sessions.error.siteNotFound");
        Set<AgeBand> audience = d.audience() == null ? Set.of() : d.audience();
        if (audience.isEmpty()) errors.add("audience", "sessions.error.audienceRequired");
        if (d.mode() == null) errors.add("mode", "accounts.input.required");
        List<Quiz> quizzes = checkQuizzes(errors, d.quizIds(), audience);
        if (d.beforeAfter() && !quizzes.isEmpty() && quizzes.getFirst().questions().size() > MAX_BEFORE_AFTER_QUESTIONS) {
            errors.add("beforeAfter", "sessions.error.beforeAfterTooLong", quizzes.getFirst().id(),
                    quizzes.getFirst().questions().size(), MAX_BEFORE_AFTER_QUESTIONS);
        }
        if (d.podium() && audience.contains(AgeBand.AGE_6_8)) errors.add("podium", "sessions.error.podiumYoungest");
        UUID facilitator = checkFacilitator(errors, scope, d.facilitatorId(), currentFacilitator);
        String notes = errors.lines("notes", d.notes(), MAX_NOTES, false);
        errors.throwIfAny();
        String audienceCodes = Arrays.stream(AgeBand.values()).filter(audience::contains).map(AgeBand::code).collect(Collectors.joining(","));
        return new Checked(startsAt, site, audienceCodes, facilitator, notes);
    }

    private List<Quiz> checkQuizzes(InvalidInput.Collector errors, List<String> ids, Set<AgeBand> audience) {
        if (ids == null || ids.isEmpty()) {
            errors.add("quizIds", "sessions.error.quizRequired");
            return List.of();
        }
        if (ids.size() > MAX_QUIZZES) errors.add("quizIds", "sessions.error.tooManyQuizzes", MAX_QUIZZES);
        if (new HashSet<>(ids).size() != ids.size()) errors.add("quizIds", "sessions.error.quizTwice");
        List<Quiz> quizzes = new ArrayList<>();
        for (String id : ids) {
            Optional<Quiz> quiz = content.quiz(id);
            if (quiz.isEmpty()) errors.add("quizIds", "sessions.error.quizUnknown", String.valueOf(id));
            else if (!audience.isEmpty() && !audience.contains(quiz.get().band())) errors.add("quizIds", "sessions.error.quizNotForAudience", id);
            else quizzes.add(quiz.get());
        }
        return errors.has("quizIds") ? List.of() : quizzes;
    }

    /** Facilitators plan for themself; others choose among the facilitators they may assign (or keep the current one). */
    private UUID checkFacilitator(InvalidInput.Collector errors, Scope scope, UUID chosen, UUID current) {
        if (scope.role() == Role.FACILITATOR) {
            if (chosen != null && !chosen.equals(scope.userId())) errors.add("facilitatorId", "sessions.error.facilitatorNotAllowed");
            return scope.userId();
        }
        if (chosen == null || chosen.equals(current)) return chosen;
        boolean allowed = accounts.assignableFacilitators().stream().anyMatch(f -> f.id().equals(chosen));
        if (!allowed) errors.add("facilitatorId", "sessions.error.facilitatorNotAllowed");
        return chosen;
    }

    private void writeQuizzes(UUID sessionId, List<String> quizIds) {
        int position = 0;
        for (String quizId : quizIds) {
            jdbc.update("insert into session_quiz (session_id, quiz_id, position) values (?,?,?)", sessionId, quizId, position++);
        }
    }

    private static SessionDetails details(ResultSet rs) throws SQLException {
        UUID siteId = rs.getObject(14, UUID.class);
        Site site = siteId == null ? null : new Site(siteId, rs.getString(15), SiteKind.valueOf(rs.getString(16)),
                rs.getString(17), rs.getString(18), rs.getString(19));
        List<AgeBand> audience = Arrays.stream(rs.getString(4).split(",")).map(String::strip)
                .flatMap(code -> AgeBand.fromCode(code).stream()).toList();
        return new SessionDetails(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class), site, rs.getString(3),
                audience, List.of(), JoinableSession.Mode.valueOf(rs.getString(5)), rs.getBoolean(12), rs.getBoolean(13),
                rs.getObject(7, UUID.class), null, JoinableSession.Status.valueOf(rs.getString(6)), rs.getString(8),
                rs.getString(9), rs.getObject(10, OffsetDateTime.class), rs.getObject(11, OffsetDateTime.class));
    }

    private static SessionDetails complete(SessionDetails d, List<PlannedQuiz> quizzes, String name) {
        return new SessionDetails(d.id(), d.startsAt(), d.site(), d.regionCode(), d.audience(), quizzes, d.mode(),
                d.beforeAfter(), d.podium(), d.facilitatorId(), name, d.status(), d.joinCode(), d.notes(), d.createdAt(), d.updatedAt());
    }
}
