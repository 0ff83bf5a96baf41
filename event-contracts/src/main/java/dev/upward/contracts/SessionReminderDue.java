package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A session starts soon; whatever sends notifications reminds both members. Key: the mentorship id. */
public record SessionReminderDue(UUID sessionId, UUID mentorshipId, Instant startsAt, Instant occurredAt) {

    public static final String TYPE = "upward.session.reminder-due.v1";
}
