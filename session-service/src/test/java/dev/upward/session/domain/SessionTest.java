package dev.upward.session.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SessionTest {

    private static final Instant START = Instant.parse("2027-02-10T10:00:00Z");
    private static final Instant BEFORE = START.minus(Duration.ofDays(1));
    private static final Instant AFTER = START.plus(Duration.ofMinutes(70));

    private static Session scheduled() {
        return Session.schedule(UUID.randomUUID(), UUID.randomUUID(), START, 60, "Europe/Berlin", "VIDEO", null,
                List.of("Intro"), List.of("ai"), "MENTEE", BEFORE.minus(Duration.ofDays(1)));
    }

    @Test
    void aScheduledSessionMovesAndCountsItsMoves() {
        Session s = scheduled();
        s.reschedule(START.plus(Duration.ofDays(2)), 45, "UTC", BEFORE);
        assertEquals(START.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(45)), s.endsAt());
        assertEquals(1, s.rescheduleCount());
        assertEquals(SessionStatus.SCHEDULED, s.status());
    }

    @Test
    void itIsCompletedOrMissedOnlyOnceItHasStarted() {
        assertThrows(SessionStateException.class, () -> scheduled().complete(BEFORE));
        assertThrows(SessionStateException.class, () -> scheduled().markMissed("MENTOR", BEFORE));
        Session held = scheduled();
        held.complete(AFTER);
        assertEquals(SessionStatus.COMPLETED, held.status());
        Session missed = scheduled();
        missed.markMissed("BOTH", AFTER);
        assertEquals("BOTH", missed.missedBy());
    }

    @Test
    void finalStatesAllowNothingMoreAndAStartedSessionCannotMoveOrBeCancelled() {
        Session held = scheduled();
        held.complete(AFTER);
        assertThrows(SessionStateException.class, () -> held.cancel("MENTOR", null, AFTER));
        assertThrows(SessionStateException.class, () -> held.markMissed("MENTOR", AFTER));
        assertThrows(SessionStateException.class, () -> held.complete(AFTER));
        Session cancelled = scheduled();
        cancelled.cancel("MENTEE", "travel", BEFORE);
        assertThrows(SessionStateException.class, () -> cancelled.complete(AFTER));
        assertThrows(SessionStateException.class, () -> cancelled.reschedule(START, 30, "UTC", BEFORE));
        assertThrows(SessionStateException.class, () -> scheduled().cancel("MENTOR", null, AFTER));
        assertThrows(SessionStateException.class, () -> scheduled().reschedule(START.plus(Duration.ofDays(1)), 30, "UTC", AFTER));
    }
}
