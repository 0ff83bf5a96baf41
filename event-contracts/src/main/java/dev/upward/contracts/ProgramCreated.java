package dev.upward.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published on {@link Topics#PROGRAMS} when an admin creates a programme. Record key and
 * CloudEvents subject: the programme id.
 */
public record ProgramCreated(UUID programId, String name, String status, LocalDate startsOn, LocalDate endsOn,
                             Instant occurredAt) {

    public static final String TYPE = "upward.program.created.v1";

    /** Throws when a required fact is missing or the dates contradict each other. */
    public void validate() {
        if (programId == null) {
            throw new IllegalArgumentException("programId is required");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            throw new IllegalArgumentException("endsOn must be after startsOn");
        }
    }
}
