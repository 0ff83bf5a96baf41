package dev.upward.session.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NudgePlannerTest {

    private static final NudgePlanner.Policy POLICY = new NudgePlanner.Policy(14, 4, 24);
    private static final Instant START = Instant.parse("2027-01-04T09:00:00Z");
    private static final UUID M = UUID.randomUUID();

    private static List<NudgePlanner.AtRisk> atRisk(Instant last, Instant next, Duration sinceStart) {
        return NudgePlanner.atRisk(List.of(new NudgePlanner.Quietness(M, START, last, next)), POLICY, START.plus(sinceStart));
    }

    @Test
    void noFirstSessionWithinTheWindowIsAtRiskUnlessOneIsPlanned() {
        assertEquals(0, atRisk(null, null, Duration.ofDays(13)).size());
        List<NudgePlanner.AtRisk> due = atRisk(null, null, Duration.ofDays(14));
        assertEquals(1, due.size());
        assertEquals(2, due.get(0).weeksWithoutSession());
        assertEquals(0, atRisk(null, START.plus(Duration.ofDays(20)), Duration.ofDays(15)).size());
    }

    @Test
    void aQuietSpellIsNudgedOnceAndANewSpellHasANewKey() {
        Instant last = START.plus(Duration.ofDays(10));
        assertEquals(0, atRisk(last, null, Duration.ofDays(10 + 27)).size());
        String first = atRisk(last, null, Duration.ofDays(10 + 28)).get(0).key();
        assertEquals(first, atRisk(last, null, Duration.ofDays(10 + 40)).get(0).key(), "the same spell, the same key");
        Instant later = START.plus(Duration.ofDays(60));
        assertNotEquals(first, atRisk(later, null, Duration.ofDays(60 + 28)).get(0).key());
    }

    @Test
    void remindersAreDueInsideTheWindowAndAMovedSessionIsRemindedAgain() {
        UUID s = UUID.randomUUID();
        Instant now = START;
        assertEquals(0, NudgePlanner.reminders(List.of(new NudgePlanner.Upcoming(s, now.plus(Duration.ofHours(25)))), POLICY, now).size());
        String k1 = NudgePlanner.reminders(List.of(new NudgePlanner.Upcoming(s, now.plus(Duration.ofHours(24)))), POLICY, now).get(0).key();
        String k2 = NudgePlanner.reminders(List.of(new NudgePlanner.Upcoming(s, now.plus(Duration.ofHours(3)))), POLICY, now).get(0).key();
        assertNotEquals(k1, k2);
        assertEquals(0, NudgePlanner.reminders(List.of(new NudgePlanner.Upcoming(s, now.minusSeconds(1))), POLICY, now).size());
    }
}
