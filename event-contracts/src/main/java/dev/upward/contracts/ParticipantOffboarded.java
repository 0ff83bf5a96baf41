package dev.upward.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A participant left the programme because they left the company. Key: participant id. */
public record ParticipantOffboarded(UUID participantId, UUID programId, String employeeId, String reason,
                                    LocalDate terminationDate, Instant occurredAt) {

    public static final String TYPE = "upward.participant.offboarded.v1";
}
