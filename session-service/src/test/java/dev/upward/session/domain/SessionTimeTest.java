package dev.upward.session.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SessionTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void anOffsetIsTakenAsItIs() {
        assertEquals(Instant.parse("2027-03-01T09:00:00Z"), SessionTime.resolve("2027-03-01T10:00:00+01:00", BERLIN, true));
        assertEquals(Instant.parse("2027-03-01T10:00:00Z"), SessionTime.resolve("2027-03-01T10:00:00Z", ZoneOffset.UTC, false));
    }

    @Test
    void aLocalTimeFollowsTheZonesDaylightSaving() {
        // winter: UTC+1, summer (after 28 March 2027 02:00): UTC+2
        assertEquals(Instant.parse("2027-03-27T09:00:00Z"), SessionTime.resolve("2027-03-27T10:00", BERLIN, true));
        assertEquals(Instant.parse("2027-03-29T08:00:00Z"), SessionTime.resolve("2027-03-29T10:00", BERLIN, true));
    }

    @Test
    void theSkippedHourIsRefusedAndTheRepeatedHourMeansItsFirstOccurrence() {
        SessionRuleException gap = assertThrows(SessionRuleException.class, () -> SessionTime.resolve("2027-03-28T02:30", BERLIN, true));
        assertEquals("time-zone-gap", gap.rule());
        // 31 October 2027: 02:30 happens at +02:00 and again at +01:00
        assertEquals(Instant.parse("2027-10-31T00:30:00Z"), SessionTime.resolve("2027-10-31T02:30", BERLIN, true));
    }

    @Test
    void aLocalTimeWithoutZoneAndUnknownZonesAreRefused() {
        assertEquals("time-zone", assertThrows(SessionRuleException.class,
                () -> SessionTime.resolve("2027-03-01T10:00", ZoneOffset.UTC, false)).rule());
        assertEquals("time-zone", assertThrows(SessionRuleException.class, () -> SessionTime.zone("Mars/Olympus")).rule());
        assertEquals("starts-at", assertThrows(SessionRuleException.class,
                () -> SessionTime.resolve("next tuesday", BERLIN, true)).rule());
    }
}
