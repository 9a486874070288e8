package ma.cybercaravane.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface AppUserRepository extends JpaRepository<AppUser, UUID> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRole(Role role);

    List<AppUser> findAllByOrderByUsername();

    /** The enabled admins, locked for the transaction: two admins demoting each other cannot leave none. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<AppUser> findByRoleAndEnabledTrue(Role role);

    List<AppUser> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

    List<AppUser> findByRoleAndRegionCodeAndEnabledTrueOrderByDisplayName(Role role, String regionCode);

    List<AppUser> findByIdIn(Collection<UUID> ids);
}
