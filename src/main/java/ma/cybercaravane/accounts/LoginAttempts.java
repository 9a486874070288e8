package ma.cybercaravane.accounts;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Five wrong passwords in a row lock the account for 15 minutes: guessing becomes useless. */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final AppUserRepository users;

    LoginAttempts(AppUserRepository users) {
        this.users = users;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName())
                .ifPresent(u -> u.loginFailed(MAX_FAILURES, OffsetDateTime.now().plus(LOCK)));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(AppUser::loginSucceeded);
    }
}
