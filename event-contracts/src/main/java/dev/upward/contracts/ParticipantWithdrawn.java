package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A participant left a programme of their own accord or an admin withdrew them. Key: participant id. */
public record ParticipantWithdrawn(UUID participantId, UUID programId, Instant occurredAt) {

    public static final String TYPE = "upward.participant.withdrawn.v1";
}
