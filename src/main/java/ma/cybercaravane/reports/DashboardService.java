package ma.cybercaravane.reports;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import ma.cybercaravane.accounts.CurrentUser;
import ma.cybercaravane.accounts.Role;
import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Topic;
import ma.cybercaravane.reports.Dashboard.RegionRow;
import ma.cybercaravane.reports.Dashboard.Totals;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.shared.Regions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics dashboard: figures for a filter, limited in SQL to the signed-in organizer's scope (admin: all
 * regions and practice; coordinator: their region; facilitator: their own sessions).
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'FACILITATOR')")
public class DashboardService {

    /** How many of the most-missed questions the dashboard lists. */
    public static final int MISSED = 10;

    /** A choice in a filter: a code and its label in the organizer's language. */
    public record Option(String code, String label) {}

    /**
     * What the filters offer; {@code fixedRegion} is set for a coordinator (they see their region only); practice
     * (no region) is for admins only; {@code allRegions}: the 12 names, for drawing the map.
     */
    public record FilterOptions(List<Option> regions, String fixedRegion, List<Option> bands, List<Option> quizzes,
                                List<Option> topics, boolean practice, List<Option> allRegions) {}

    /** A caravan session as its report page shows it. */
    public record SessionSummary(UUID id, OffsetDateTime startsAt, String regionName, String site, String city,
                                 String audience, String status, long participations, long children, long parents,
                                 long answers, Double score, long helpRequests) {}

    private final CurrentUser currentUser;
    private final FactRefresher refresher;
    private final ReportQueries queries;
    private final Regions regions;
    private final ContentService content;

    DashboardService(CurrentUser currentUser, FactRefresher refresher, ReportQueries queries, Regions regions,
                     ContentService content) {
        this.currentUser = currentUser;
        this.refresher = refresher;
        this.queries = queries;
        this.regions = regions;
        this.content = content;
    }

    @Transactional(readOnly = true)
    public Dashboard load(ReportFilter filter, Language language) {
        Scope scope = currentUser.require();
        refresher.refresh();
        List<RegionRow> regionRows = queries.regions(scope, filter, language);
        Totals totals = new Totals(sum(regionRows, RegionRow::sessions), sum(regionRows, RegionRow::sites),
                sum(regionRows, RegionRow::children), sum(regionRows, RegionRow::parents), sum(regionRows, RegionRow::answers),
                sum(regionRows, RegionRow::correct), sum(regionRows, RegionRow::helpRequests));
        return new Dashboard(totals, regionRows, queries.heat(scope, filter), queries.questions(scope, filter, language, MISSED),
                queries.months(scope, filter), queries.gains(scope, filter, language), queries.modes(scope, filter));
    }

    public FilterOptions options(Language language) {
        Scope scope = currentUser.require();
        String fixed = scope.role() == Role.COORDINATOR ? scope.regionCode() : null;
        List<Option> regionOptions = regions.all().stream().filter(r -> fixed == null || r.code().equals(fixed))
                .map(r -> new Option(r.code(), r.name(language))).toList();
        List<Option> bands = Arrays.stream(AgeBand.values()).map(b -> new Option(b.code(), Messages.get().format(b.messageKey(), language))).toList();
        List<Option> quizzes = content.library().quizzes().values().stream()
                .map(q -> new Option(q.id(), q.title().in(language))).toList();
        List<Option> topics = Arrays.stream(Topic.values()).map(t -> new Option(t.name(), Messages.get().format(t.messageKey(), language))).toList();
        List<Option> all = regions.all().stream().map(r -> new Option(r.code(), r.name(language))).toList();
        return new FilterOptions(regionOptions, fixed, bands, quizzes, topics, scope.national(), all);
    }

    /** A session's summary; AccessDeniedException when it is not in the organizer's scope. */
    @Transactional(readOnly = true)
    public SessionSummary session(UUID sessionId, Language language) {
        Scope scope = currentUser.require();
        refresher.refresh();
        var s = queries.sessions(scope, ReportFilter.all(), language, sessionId).stream().findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("session not in scope"));
        return new SessionSummary(s.id(), s.startsAt(), s.regionName(), s.site(), s.city(), s.audience(), s.status(),
                s.participations(), s.children(), s.parents(), s.answers(), s.score(), s.helpRequests());
    }

    private static long sum(List<RegionRow> rows, java.util.function.ToLongFunction<RegionRow> f) {
        return rows.stream().mapToLong(f).sum();
    }
}
