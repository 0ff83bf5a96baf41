package dev.upward.feedback.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FitCheckScheduleTest {

    private static final Instant SUBMITTED = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void fitCheckOpensWithTheNthCompletedSession() {
        List<Instant> completions = List.of(SUBMITTED.plusSeconds(20), SUBMITTED, SUBMITTED.plusSeconds(10));
        assertEquals(SUBMITTED, new FitCheckSchedule(1).opensAt(completions).orElseThrow());
        assertEquals(SUBMITTED.plusSeconds(20), new FitCheckSchedule(3).opensAt(completions).orElseThrow());
        assertTrue(new FitCheckSchedule(4).opensAt(completions).isEmpty());
        assertTrue(new FitCheckSchedule(1).opensAt(List.of()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new FitCheckSchedule(0));
    }
}
