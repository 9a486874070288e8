package ma.cybercaravane.sessions.ui;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import ma.cybercaravane.sessions.SessionActivity;
import ma.cybercaravane.sessions.SessionFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An organizer screen following a session by push while it is on screen: batches of activity come on a feed
 * thread and are applied inside {@code ui.access}, as the signed-in organizer (the services check the scope on
 * every call). One registration per screen, made on attach (or when the session changes), removed on detach.
 */
final class FeedFollower {

    private static final Logger log = LoggerFactory.getLogger(FeedFollower.class);
    static final Duration WINDOW = Duration.ofMillis(250);

    private final Component screen;
    private final SessionFeed feed;
    private final Duration tick;
    private final Consumer<List<SessionActivity>> onBatch;
    private UUID sessionId;
    private Registration registration;

    FeedFollower(Component screen, SessionFeed feed, Duration tick, Consumer<List<SessionActivity>> onBatch) {
        this.screen = screen;
        this.feed = feed;
        this.tick = tick;
        this.onBatch = onBatch;
        screen.addAttachListener(e -> start(e.getUI()));
        screen.addDetachListener(e -> stop());
    }

    /** The session to follow (null: none), from now if the screen is showing, else from when it shows. */
    void follow(UUID session) {
        this.sessionId = session;
        if (screen.isAttached()) start(screen.getUI().orElseThrow()); else stop();
    }

    private void start(UI ui) {
        stop();
        if (sessionId == null) return;
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

    private void stop() {
        if (registration != null) registration.remove();
        registration = null;
    }
}
