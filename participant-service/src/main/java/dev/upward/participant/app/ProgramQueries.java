package dev.upward.participant.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.commons.security.Roles;
import dev.upward.participant.domain.Program;
import dev.upward.participant.domain.ProgramStatus;
import dev.upward.participant.persistence.ProgramRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Programmes as the caller may see them: drafts only for admins and analysts (others get 404). */
@ApplicationScoped
public class ProgramQueries {

    private final ProgramRepository programs;
    private final Caller caller;

    public ProgramQueries(ProgramRepository programs, Caller caller) {
        this.programs = programs;
        this.caller = caller;
    }

    /** Newest first. */
    @WithSession
    public Uni<Page<Program>> page(ProgramStatus status, int pageIndex, int size) {
        return programs.page(status, draftsVisible(), pageIndex, size)
                .map(result -> new Page<>(result.items(), result.total()));
    }

    @WithSession
    public Uni<Program> get(UUID id) {
        boolean draftsVisible = draftsVisible();
        return programs.findById(id)
                .map(program -> program == null || (!draftsVisible && program.status() == ProgramStatus.DRAFT) ? null : program)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", id));
    }

    private boolean draftsVisible() {
        return caller.isProgramAdmin() || caller.hasRole(Roles.ANALYST);
    }
}
