package ma.cybercaravane.accounts;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in organizer's scope, read from the database each time (a disabled account loses access at once). */
@Component
public class CurrentUser {

    private final AppUserRepository users;

    CurrentUser(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<Scope> scope() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) return Optional.empty();
        return users.findByUsername(auth.getName()).filter(AppUser::enabled).map(AppUser::scope);
    }

    /** The scope, or AccessDeniedException: services call this before reading or changing anything. */
    public Scope require() {
        return scope().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    @Transactional(readOnly = true)
    public Optional<String> displayName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? Optional.empty() : users.findByUsername(auth.getName()).map(AppUser::displayName);
    }
}
