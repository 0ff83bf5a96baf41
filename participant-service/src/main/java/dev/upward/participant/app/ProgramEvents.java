package dev.upward.participant.app;

import dev.upward.commons.outbox.Outbox;
import dev.upward.contracts.ProgramClosed;
import dev.upward.contracts.ProgramCreated;
import dev.upward.contracts.ProgramSnapshot;
import dev.upward.contracts.Topics;
import dev.upward.participant.domain.Program;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Programme events for {@code upward.programs.v1}, recorded in the outbox within the caller's
 * transaction and keyed by programme id so one programme's events stay in order.
 */
@ApplicationScoped
public class ProgramEvents {

    private final Outbox outbox;

    public ProgramEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> created(Program program) {
        ProgramCreated event = new ProgramCreated(program.id(), program.name(), program.status().name(),
                program.startsOn(), program.endsOn(), program.createdAt());
        return append(program, ProgramCreated.TYPE, event);
    }

    public Uni<Void> updated(Program program) {
        return append(program, ProgramSnapshot.UPDATED, snapshot(program));
    }

    public Uni<Void> launched(Program program) {
        return append(program, ProgramSnapshot.LAUNCHED, snapshot(program));
    }

    public Uni<Void> closed(Program program) {
        return append(program, ProgramClosed.TYPE, new ProgramClosed(program.id(), program.closedAt()));
    }

    private static ProgramSnapshot snapshot(Program program) {
        return new ProgramSnapshot(program.id(), program.name(), program.status().name(), program.startsOn(),
                program.endsOn(), program.focusTopics(), program.cadence().name(), program.capacity(),
                program.enrolmentOpensOn(), program.enrolmentClosesOn(), program.updatedAt());
    }

    private Uni<Void> append(Program program, String type, Object event) {
        return outbox.append(Topics.PROGRAMS, program.id().toString(), type, event).replaceWithVoid();
    }
}
