package ma.cybercaravane.play;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JoinGuardTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(java.time.ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }

    @Test
    void aClientGuessingCodesIsHeldForAMinuteWhileOthersJoinFreely() {
        MovableClock clock = new MovableClock();
        JoinGuard guard = new JoinGuard(clock);
        for (int i = 0; i < JoinGuard.MAX_FAILURES; i++) {
            assertThat(guard.blocked("10.0.0.7")).isFalse();
            guard.failed("10.0.0.7");
        }
        assertThat(guard.blocked("10.0.0.7")).isTrue();
        assertThat(guard.blocked("10.0.0.8")).as("another tablet in the hall").isFalse();

        clock.now = clock.now.plus(JoinGuard.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(guard.blocked("10.0.0.7")).isFalse();
    }
}
