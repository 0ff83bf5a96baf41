package dev.upward.participant.api;

import dev.upward.commons.security.Roles;
import dev.upward.participant.domain.Profile;
import dev.upward.participant.domain.RuleFailure;
import dev.upward.participant.messaging.ParticipantEvents;
import dev.upward.participant.persistence.EmployeeRepository;
import dev.upward.participant.persistence.ParticipantRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** One participant: only its owner and programme admins ever see or change it (others get 404). */
@Path("/participants/{participantId}")
@Tag(name = "Enrolment")
public class ParticipantResource {

    private final ParticipantRepository participants;
    private final EmployeeRepository employees;
    private final ParticipantEvents events;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    public ParticipantResource(ParticipantRepository participants, EmployeeRepository employees,
                               ParticipantEvents events, Caller caller) {
        this.participants = participants;
        this.employees = employees;
        this.events = events;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @WithSession
    @Operation(summary = "One participant with their profile")
    public Uni<ParticipantView> get(@PathParam("participantId") UUID id) {
        return participants.findById(id).map(p -> ParticipantView.of(caller.requireVisible(p, id)));
    }

    @PUT
    @Path("/profile")
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Replace the matching profile", description = "422 lists every invalid field.")
    public Uni<ParticipantView> updateProfile(@PathParam("participantId") UUID id, @NotNull Profile profile) {
        return Panache.withTransaction(() -> participants.findById(id)
                .map(p -> caller.requireVisible(p, id))
                .invoke(p -> {
                    List<RuleFailure> problems = profile.problems(p.employeeId());
                    if (!problems.isEmpty()) {
                        throw DomainProblems.unprocessable("invalid-profile", "the profile is invalid", problems);
                    }
                    p.updateProfile(profile, clock.instant());
                })
                .call(p -> employees.findById(p.employeeId()).flatMap(employee -> events.profileUpdated(p, employee))))
                .map(ParticipantView::of);
    }

    @POST
    @Path("/withdrawal")
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Leave the programme (or, for admins, withdraw someone)",
            description = "409 when the participant has already left.")
    public Uni<ParticipantView> withdraw(@PathParam("participantId") UUID id, @Valid WithdrawalRequest request) {
        String reason = request == null ? null : request.reason();
        return Panache.withTransaction(() -> participants.findById(id)
                .map(p -> caller.requireVisible(p, id))
                .invoke(p -> p.withdraw(reason, clock.instant()))
                .call(events::withdrawn))
                .map(ParticipantView::of);
    }
}
