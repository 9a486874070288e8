package ma.cybercaravane.accounts;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ma.cybercaravane.shared.Regions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizer accounts, managed by national admins: create, rename, change role and region, disable or enable,
 * reset a password. Every change is checked here (role in the signed-in session and again in the database);
 * the last enabled admin can be neither disabled nor demoted.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD = AccountBootstrap.MIN_PASSWORD;
    /** BCrypt reads at most 72 bytes; a longer password would be refused by the encoder. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_USERNAME = 60;
    public static final int MAX_DISPLAY_NAME = 120;
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final Regions regions;

    AccountService(AppUserRepository users, PasswordEncoder encoder, CurrentUser currentUser, Regions regions) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.regions = regions;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        requireAdmin();
        OffsetDateTime now = OffsetDateTime.now();
        return users.findAllByOrderByUsername().stream().map(u -> summary(u, now)).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary create(NewAccount account) {
        requireAdmin();
        var errors = new InvalidInput.Collector();
        String username = TypedText.line(account.username()).toLowerCase(Locale.ROOT);
        if (username.isEmpty()) errors.add("username", "accounts.input.required");
        else if (!USERNAME.matcher(username).matches()) errors.add("username", "accounts.error.usernameFormat");
        else if (users.existsByUsernameIgnoreCase(username)) errors.add("username", "accounts.error.usernameTaken", username);
        String displayName = errors.line("displayName", account.displayName(), MAX_DISPLAY_NAME, true);
        String region = checkRoleAndRegion(errors, account.role(), account.regionCode());
        checkPassword(errors, account.password());
        errors.throwIfAny();
        AppUser saved = users.save(new AppUser(username, displayName, encoder.encode(account.password()), account.role(), region));
        return summary(saved, OffsetDateTime.now());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(UUID id, AccountChange change) {
        requireAdmin();
        AppUser user = find(id);
        var errors = new InvalidInput.Collector();
        String displayName = errors.line("displayName", change.displayName(), MAX_DISPLAY_NAME, true);
        String region = checkRoleAndRegion(errors, change.role(), change.regionCode());
        errors.throwIfAny();
        keepAnAdmin(user, change.role(), user.enabled(), "role");
        user.update(displayName, change.role(), region, user.enabled());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(UUID id, boolean enabled) {
        requireAdmin();
        AppUser user = find(id);
        keepAnAdmin(user, user.role(), enabled, "enabled");
        user.update(user.displayName(), user.role(), user.regionCode(), enabled);
    }

    /** A new password chosen by the admin; it also lifts a lock after wrong passwords. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(UUID id, String password) {
        requireAdmin();
        AppUser user = find(id);
        var errors = new InvalidInput.Collector();
        checkPassword(errors, password);
        errors.throwIfAny();
        user.password(encoder.encode(password));
    }

    /** Who the signed-in organizer may put in charge of a session: admin all, coordinator their region's, facilitator themself. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Facilitator> assignableFacilitators() {
        Scope scope = currentUser.require();
        List<AppUser> found = switch (scope.role()) {
            case ADMIN -> users.findByRoleAndEnabledTrueOrderByDisplayName(Role.FACILITATOR);
            case COORDINATOR -> scope.regionCode() == null ? List.of()
                    : users.findByRoleAndRegionCodeAndEnabledTrueOrderByDisplayName(Role.FACILITATOR, scope.regionCode());
            case FACILITATOR -> users.findById(scope.userId()).stream().toList();
        };
        return found.stream().map(u -> new Facilitator(u.getId(), u.displayName(), u.regionCode())).toList();
    }

    /** Display names of organizers (e.g. the facilitators of listed sessions). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        currentUser.require();
        if (ids.isEmpty()) return Map.of();
        return users.findByIdIn(ids).stream().collect(Collectors.toMap(AppUser::getId, AppUser::displayName));
    }

    private void requireAdmin() {
        if (currentUser.require().role() != Role.ADMIN) throw new AccessDeniedException("admins only");
    }

    private AppUser find(UUID id) {
        return users.findById(id).orElseThrow(() -> InvalidInput.of("account", "accounts.error.unknownAccount"));
    }

    private String checkRoleAndRegion(InvalidInput.Collector errors, Role role, String regionCode) {
        if (role == null) {
            errors.add("role", "accounts.input.required");
            return null;
        }
        if (role == Role.ADMIN) return null;
        if (regionCode == null || regionCode.isBlank()) errors.add("regionCode", "accounts.error.regionRequired");
        else if (regions.byCode(regionCode).isEmpty()) errors.add("regionCode", "accounts.error.unknownRegion");
        return regionCode;
    }

    private static void checkPassword(InvalidInput.Collector errors, String password) {
        String p = password == null ? "" : password;
        if (p.codePointCount(0, p.length()) < MIN_PASSWORD) errors.add("password", "accounts.error.passwordShort", MIN_PASSWORD);
        else if (p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) errors.add("password", "accounts.error.passwordLong", MAX_PASSWORD_BYTES);
        else if (TypedText.hasHiddenCharacters(p, false)) errors.add("password", "accounts.input.control");
    }

    /** Refuses a change that would leave no enabled admin (the admins are locked while counting). */
    private void keepAnAdmin(AppUser user, Role newRole, boolean newEnabled, String field) {
        boolean wasActiveAdmin = user.role() == Role.ADMIN && user.enabled();
        boolean staysActiveAdmin = newRole == Role.ADMIN && newEnabled;
        if (!wasActiveAdmin || staysActiveAdmin) return;
        long others = users.findByRoleAndEnabledTrue(Role.ADMIN).stream().filter(u -> !u.getId().equals(user.getId())).count();
        if (others == 0) throw InvalidInput.of(field, "accounts.error.lastAdmin");
    }

    private static AccountSummary summary(AppUser u, OffsetDateTime now) {
        boolean locked = u.lockedUntil() != null && u.lockedUntil().isAfter(now);
        return new AccountSummary(u.getId(), u.username(), u.displayName(), u.role(), u.regionCode(), u.enabled(), locked, u.createdAt());
    }
}
