package ma.cybercaravane.accounts;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's view of organizer accounts; a locked or disabled account cannot sign in. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AccountDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser u = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        boolean locked = u.lockedUntil() != null && u.lockedUntil().isAfter(OffsetDateTime.now());
        return User.withUsername(u.username())
                .password(u.passwordHash())
                .authorities(List.of(new SimpleGrantedAuthority(u.role().authority())))
                .disabled(!u.enabled())
                .accountLocked(locked)
                .build();
    }
}
