package dev.upward.participant.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.participant.domain.Employee;
import dev.upward.participant.domain.Participant;
import dev.upward.participant.domain.ParticipantSearch;
import dev.upward.participant.persistence.ParticipantRepository;
import dev.upward.participant.persistence.ProgramRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Participants as their owners and programme admins see them. */
@ApplicationScoped
public class ParticipantQueries {

    private final ParticipantRepository participants;
    private final ProgramRepository programs;
    private final ParticipantAccess access;

    public ParticipantQueries(ParticipantRepository participants, ProgramRepository programs, ParticipantAccess access) {
        this.participants = participants;
        this.programs = programs;
        this.access = access;
    }

    /** A participant in an admin's listing, with their directory entry. */
    public record Listed(Participant participant, Employee employee) {
    }

    @WithSession
    public Uni<Participant> get(UUID id) {
        return access.findVisible(id);
    }

    /** One page of a programme's participants in enrolment order; 404 when the programme does not exist. */
    @WithSession
    public Uni<Page<Listed>> ofProgram(UUID programId, ParticipantSearch search, int pageIndex, int size) {
        return programs.findById(programId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", programId))
                .flatMap(program -> participants.page(programId, search, pageIndex, size))
                .map(result -> new Page<>(result.rows().stream()
                        .map(row -> new Listed(row.participant(), row.employee())).toList(), result.total()));
    }
}
