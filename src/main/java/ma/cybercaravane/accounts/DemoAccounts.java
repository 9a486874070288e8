package ma.cybercaravane.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo accounts for the "dev" profile only (README lists them); never in a production start. */
@Component
@Profile("dev")
class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    static final String PASSWORD = "caravane-demo";

    private final AppUserRepository users;
    private final PasswordEncoder encoder;

    DemoAccounts(AppUserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void seed() {
        create("admin", "Admin (démo)", Role.ADMIN, null);
        create("souss", "Coordination Souss-Massa (démo)", Role.COORDINATOR, "09");
        create("casa", "Coordination Casablanca-Settat (démo)", Role.COORDINATOR, "06");
        create("anim", "Animatrice Agadir (démo)", Role.FACILITATOR, "09");
        log.warn("DEMO accounts admin, souss, casa, anim with password '{}' (dev profile): never use this profile in production.", PASSWORD);
    }

    private void create(String username, String name, Role role, String region) {
        if (users.findByUsername(username).isEmpty()) {
            users.save(new AppUser(username, name, encoder.encode(PASSWORD), role, region));
        }
    }
}
