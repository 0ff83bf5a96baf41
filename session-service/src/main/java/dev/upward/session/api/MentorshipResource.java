package dev.upward.session.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.persistence.MentorshipRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Mentorships are visible to their two members only. */
@Path("/mentorships")
@Tag(name = "Mentorships")
public class MentorshipResource {

    private final MentorshipRepository mentorships;
    private final JsonWebToken token;

    public MentorshipResource(MentorshipRepository mentorships, JsonWebToken token) {
        this.mentorships = mentorships;
        this.token = token;
    }

    public record MentorshipView(UUID id, UUID matchId, UUID programId, UUID mentorParticipantId, UUID menteeParticipantId,
                                 String status, Instant startedAt, LocalDate plannedEnd) {

        static MentorshipView of(Mentorship m) {
            return new MentorshipView(m.id(), m.matchId(), m.programId(), m.mentorParticipantId(), m.menteeParticipantId(),
                    m.status(), m.startedAt(), m.plannedEnd());
        }
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithSession
    @Operation(summary = "The mentorships I am a member of, newest first")
    public Uni<List<MentorshipView>> mine() {
        Object claim = token.getClaim("employee_id");
        if (claim == null || claim.toString().isBlank()) {
            throw new ProblemException(Problem.of(403, "no-employee-link", "Forbidden",
                    "your account carries no employee_id claim; ask an administrator to link it to your HRIS record"));
        }
        return mentorships.ofEmployee(claim.toString()).map(list -> list.stream().map(MentorshipView::of).toList());
    }
}
