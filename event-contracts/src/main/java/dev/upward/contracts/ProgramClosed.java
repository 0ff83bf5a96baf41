package dev.upward.contracts;

import java.time.Instant;
import java.util.UUID;

/** A programme was closed: no more enrolments or matching. Key: the programme id. */
public record ProgramClosed(UUID programId, Instant occurredAt) {

    public static final String TYPE = "upward.program.closed.v1";
}
