package ma.cybercaravane.accounts;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

@Entity
@Table(name = "app_user")
class AppUser implements Persistable<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Column(name = "region_code")
    private String regionCode;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;
    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Transient
    private boolean isNew;

    protected AppUser() {}

    AppUser(String username, String displayName, String passwordHash, Role role, String regionCode) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.regionCode = role == Role.ADMIN ? null : regionCode;
        this.enabled = true;
        this.createdAt = OffsetDateTime.now();
        this.isNew = true;
    }

    @Override
    public UUID getId() { return id; }

    @Override
    public boolean isNew() { return isNew; }

    String username() { return username; }

    String displayName() { return displayName; }

    String passwordHash() { return passwordHash; }

    Role role() { return role; }

    String regionCode() { return regionCode; }

    boolean enabled() { return enabled; }

    int failedLogins() { return failedLogins; }

    OffsetDateTime lockedUntil() { return lockedUntil; }

    OffsetDateTime createdAt() { return createdAt; }

    void update(String displayName, Role role, String regionCode, boolean enabled) {
        this.displayName = displayName;
        this.role = role;
        this.regionCode = role == Role.ADMIN ? null : regionCode;
        this.enabled = enabled;
    }

    void password(String hash) {
        this.passwordHash = hash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void loginFailed(int maxFailures, OffsetDateTime lockUntil) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = lockUntil;
            failedLogins = 0;
        }
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    Scope scope() {
        return new Scope(id, role, regionCode);
    }
}
