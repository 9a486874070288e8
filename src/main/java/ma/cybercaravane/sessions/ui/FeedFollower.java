package ma.cybercaravane.sessions.ui;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import ma.cybercaravane.sessions.SessionActivity;
import ma.cybercaravane.sessions.SessionFeed;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An organizer screen following a session by push: batches of activity come on a feed thread and are applied
 * inside {@code ui.access}, as the signed-in organizer (the services check the scope on every call).
 * One registration per screen, removed when the screen goes.
 */
final class FeedFollower {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FeedFollower.class);

    static final Duration WINDOW = Duration.ofMillis(250);

    private final SessionFeed feed;
    private Registration registration;

    FeedFollower(SessionFeed feed) {
        this.feed = feed;
    }

    void follow(UI ui, UUID sessionId, Duration tick, Consumer<List<SessionActivity>> onBatch) {
        stop();
        SecurityContext organizer = SecurityContextHolder.createEmptyContext();
        organizer.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        registration = feed.subscribeBatched(sessionId, WINDOW, tick, batch -> {
            try {
                ui.access(() -> {
                    SecurityContext before = SecurityContextHolder.getContext();
                    SecurityContextHolder.setContext(organizer);
                    try {
                        onBatch.accept(batch);
                    } catch (RuntimeException e) {
                        log.warn("A session screen could not be refreshed", e);
                    } finally {
                        SecurityContextHolder.setContext(before);
                    }
                });
            } catch (UIDetachedException gone) {
                // the screen was closed; its detach removes the registration
            }
        });
    }

    void stop() {
        if (registration != null) registration.remove();
        registration = null;
    }
}
