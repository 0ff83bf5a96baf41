package dev.upward.participant.api;

import dev.upward.participant.domain.Program;
import dev.upward.participant.domain.ProgramStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A programme as the API shows it. */
public record ProgramView(UUID id, String name, String description, ProgramStatus status,
                          LocalDate startsOn, LocalDate endsOn, Instant createdAt) {

    static ProgramView of(Program program) {
        return new ProgramView(program.id(), program.name(), program.description(), program.status(),
                program.startsOn(), program.endsOn(), program.createdAt());
    }
}
