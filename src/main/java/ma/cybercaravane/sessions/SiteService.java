package ma.cybercaravane.sessions;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ma.cybercaravane.accounts.CurrentUser;
import ma.cybercaravane.accounts.InvalidInput;
import ma.cybercaravane.accounts.Role;
import ma.cybercaravane.accounts.Scope;
import ma.cybercaravane.shared.Installation;
import ma.cybercaravane.shared.Region;
import ma.cybercaravane.shared.Regions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites of caravan stops, by region: admins see and edit all; a coordinator sees, creates and edits the sites of
 * their region; a facilitator sees the sites of their region and may add one there (they plan stops too).
 * The region filter is in every query.
 */
@Service
public class SiteService {

    public static final int MAX_NAME = 200;
    public static final int MAX_CITY = 100;
    public static final int MAX_HOST = 200;

    private static final String COLUMNS = "id, name, kind, city, region_code, host_organization";
    private static final RowMapper<Site> ROW = (rs, i) -> new Site(rs.getObject(1, UUID.class), rs.getString(2),
            SiteKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6));

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Regions regions;
    private final Installation installation;

    SiteService(JdbcTemplate jdbc, CurrentUser currentUser, Regions regions, Installation installation) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.regions = regions;
        this.installation = installation;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Site> list() {
        Scope scope = currentUser.require();
        List<Object> args = new ArrayList<>();
        String where = scopeCondition(scope, args);
        return jdbc.query("select " + COLUMNS + " from site where " + where + " order by region_code, city, name", ROW, args.toArray());
    }

    /** The site, if it exists and is in the organizer's scope (one answer for both: nothing leaks). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Site> find(UUID id) {
        return visible(currentUser.require(), id);
    }

    /** Regions the organizer may put a site in: all for admins, their own for the others. */
    @PreAuthorize("isAuthenticated()")
    public List<Region> regionsForSites() {
        Scope scope = currentUser.require();
        if (scope.national()) return regions.all();
        return regions.byCode(scope.regionCode()).stream().toList();
    }

    /** Whether the organizer may edit sites (admins and coordinators; facilitators only add them). */
    @PreAuthorize("isAuthenticated()")
    public boolean canEdit() {
        return currentUser.require().role() != Role.FACILITATOR;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Site create(SiteDraft draft) {
        Scope scope = currentUser.require();
        Site site = check(scope, null, draft);
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.update("insert into site (id, installation_id, name, kind, city, region_code, host_organization, created_at, updated_at) "
                        + "values (?,?,?,?,?,?,?,?,?)", site.id(), installation.id(), site.name(), site.kind().name(),
                site.city(), site.regionCode(), site.hostOrganization(), now, now);
        return site;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @Transactional
    public Site update(UUID id, SiteDraft draft) {
        Scope scope = currentUser.require();
        if (scope.role() == Role.FACILITATOR) throw InvalidInput.of("site", "sessions.error.siteNotEditable");
        Site before = visible(scope, id).orElseThrow(() -> InvalidInput.of("site", "sessions.error.siteNotFound"));
        Site site = check(scope, id, draft);
        if (!before.regionCode().equals(site.regionCode()) && hasSessions(id)) {
            throw InvalidInput.of("regionCode", "sessions.error.siteRegionLocked");
        }
        jdbc.update("update site set name = ?, kind = ?, city = ?, region_code = ?, host_organization = ?, updated_at = ? where id = ?",
                site.name(), site.kind().name(), site.city(), site.regionCode(), site.hostOrganization(), OffsetDateTime.now(), id);
        return site;
    }

    Optional<Site> visible(Scope scope, UUID id) {
        if (id == null) return Optional.empty();
        List<Object> args = new ArrayList<>();
        String where = scopeCondition(scope, args);
        args.add(id);
        return jdbc.query("select " + COLUMNS + " from site where " + where + " and id = ?", ROW, args.toArray()).stream().findFirst();
    }

    /** Admins: everything; others: their region (an account without a region sees nothing). */
    private static String scopeCondition(Scope scope, List<Object> args) {
        if (scope.national()) return "1 = 1";
        if (scope.regionCode() == null) return "1 = 0";
        args.add(scope.regionCode());
        return "region_code = ?";
    }

    private Site check(Scope scope, UUID id, SiteDraft draft) {
        var errors = new InvalidInput.Collector();
        String name = errors.line("name", draft.name(), MAX_NAME, true);
        String city = errors.line("city", draft.city(), MAX_CITY, true);
        String host = errors.line("hostOrganization", draft.hostOrganization(), MAX_HOST, false);
        if (draft.kind() == null) errors.add("kind", "accounts.input.required");
        String region = draft.regionCode();
        if (region == null || region.isBlank()) errors.add("regionCode", "accounts.input.required");
        else if (regionsForSites().stream().noneMatch(r -> r.code().equals(region))) errors.add("regionCode", "sessions.error.regionNotYours");
        if (!errors.has("name") && !errors.has("city") && !errors.has("regionCode") && duplicate(id, name, city, region)) {
            errors.add("name", "sessions.error.siteExists");
        }
        errors.throwIfAny();
        return new Site(id == null ? UUID.randomUUID() : id, name, draft.kind(), city, region, host);
    }

    private boolean duplicate(UUID id, String name, String city, String region) {
        Integer n = jdbc.queryForObject("select count(*) from site where region_code = ? and lower(name) = lower(?) and lower(city) = lower(?)"
                + (id == null ? "" : " and id <> ?"), Integer.class,
                id == null ? new Object[] {region, name, city} : new Object[] {region, name, city, id});
        return n != null && n > 0;
    }

    private boolean hasSessions(UUID siteId) {
        Integer n = jdbc.queryForObject("select count(*) from caravan_session where site_id = ?", Integer.class, siteId);
        return n != null && n > 0;
    }
}
