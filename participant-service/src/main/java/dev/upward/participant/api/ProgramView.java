package dev.upward.participant.api;

import dev.upward.participant.domain.Cadence;
import dev.upward.participant.domain.Eligibility;
import dev.upward.participant.domain.Program;
import dev.upward.participant.domain.ProgramStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A programme as the API shows it. */
public record ProgramView(UUID id, String name, String description, List<String> objectives,
                          List<String> focusTopics, ProgramStatus status, LocalDate startsOn, LocalDate endsOn,
                          Cadence cadence, Integer capacity, LocalDate enrolmentOpensOn,
                          LocalDate enrolmentClosesOn, Eligibility eligibility, Instant createdAt,
                          Instant updatedAt, Instant launchedAt, Instant closedAt) {

    static ProgramView of(Program p) {
        return new ProgramView(p.id(), p.name(), p.description(), p.objectives(), p.focusTopics(), p.status(),
                p.startsOn(), p.endsOn(), p.cadence(), p.capacity(), p.enrolmentOpensOn(), p.enrolmentClosesOn(),
                p.eligibility(), p.createdAt(), p.updatedAt(), p.launchedAt(), p.closedAt());
    }
}
