package dev.upward.participant.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.participant.domain.Program;
import dev.upward.participant.domain.ProgramSettings;
import dev.upward.participant.persistence.ProgramRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An admin's work on a programme: create it as a draft, change its settings, launch it, close
 * it. Each change commits together with its event; the outbox relay publishes the event.
 */
@ApplicationScoped
public class ProgramLifecycle {

    private final ProgramRepository programs;
    private final ProgramEvents events;
    private final Caller caller;
    private final Clock clock;

    public ProgramLifecycle(ProgramRepository programs, ProgramEvents events, Caller caller, Clock clock) {
        this.programs = programs;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Program> create(ProgramSettings settings) {
        Program program = Program.draft(settings, caller.name(), clock.instant());
        return programs.persist(program).call(events::created);
    }

    @WithTransaction
    public Uni<Program> update(UUID id, ProgramSettings settings) {
        return change(id, program -> program.update(settings, clock.instant()), events::updated);
    }

    @WithTransaction
    public Uni<Program> launch(UUID id) {
        return change(id, program -> program.launch(clock.instant()), events::launched);
    }

    @WithTransaction
    public Uni<Program> close(UUID id) {
        return change(id, program -> program.close(clock.instant()), events::closed);
    }

    private Uni<Program> change(UUID id, Consumer<Program> transition, Function<Program, Uni<Void>> event) {
        return programs.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", id))
                .invoke(transition)
                .call(program -> programs.flush().replaceWith(program))
                .call(event::apply);
    }
}
