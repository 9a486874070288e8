package ma.cybercaravane.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first admin comes from configuration (CC_ADMIN_USERNAME / CC_ADMIN_PASSWORD), only while no admin exists:
 * there is no built-in default password. Without it the app says how to create one.
 */
@Component
class AccountBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    static final int MIN_PASSWORD = 10;

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    AccountBootstrap(AppUserRepository users, PasswordEncoder encoder,
                     @Value("${cybercaravane.admin.username:}") String username,
                     @Value("${cybercaravane.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void createFirstAdmin() {
        if (users.existsByRole(Role.ADMIN)) return;
        if (username.isBlank() || password.length() < MIN_PASSWORD) {
            log.warn("No admin account yet. Start once with CC_ADMIN_USERNAME and CC_ADMIN_PASSWORD (at least {} characters) to create it.", MIN_PASSWORD);
            return;
        }
        users.save(new AppUser(username, username, encoder.encode(password), Role.ADMIN, null));
        log.info("First admin account '{}' created from configuration.", username);
    }
}
