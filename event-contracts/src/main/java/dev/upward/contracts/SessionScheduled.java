package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A session was scheduled, or rescheduled: a reschedule publishes this type again for the same
 * sessionId with the new start, and the latest one per session wins. Key: the mentorship id.
 */
public record SessionScheduled(UUID sessionId, UUID mentorshipId, UUID programId, Instant startsAt, int durationMinutes,
                               String format, Instant occurredAt) {

    public static final String TYPE = "upward.session.scheduled.v1";
}
