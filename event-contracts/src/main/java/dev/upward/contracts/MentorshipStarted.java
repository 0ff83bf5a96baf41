package dev.upward.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An accepted match became a mentorship. Key: the mentorship id. */
public record MentorshipStarted(UUID mentorshipId, UUID matchId, UUID programId, UUID mentorParticipantId,
                                UUID menteeParticipantId, LocalDate plannedEnd, Instant occurredAt) {

    public static final String TYPE = "upward.mentorship.started.v1";
}
