package dev.upward.participant.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.participant.messaging.Erasure;
import dev.upward.participant.persistence.EmployeeRepository;
import dev.upward.participant.persistence.ParticipantRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The signed-in person: the token's employee_id claim names their directory entry. */
@Path("/me")
@Tag(name = "Me")
public class MeResource {

    private final EmployeeRepository employees;
    private final ParticipantRepository participants;
    private final Erasure erasure;
    private final Caller caller;

    public MeResource(EmployeeRepository employees, ParticipantRepository participants, Erasure erasure, Caller caller) {
        this.employees = employees;
        this.participants = participants;
        this.erasure = erasure;
        this.caller = caller;
    }

    /** Who I am in the HRIS (null when not reported yet) and every programme I joined. */
    public record MeView(String employeeId, EmployeeView employee, List<ParticipantView> participations) {
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN, Roles.ANALYST})
    @WithSession
    @Operation(summary = "My directory entry and my participations, newest first")
    public Uni<MeView> me() {
        String employeeId = caller.requireEmployeeId();
        return employees.findById(employeeId).flatMap(employee -> participants.ofEmployee(employeeId)
                .map(list -> new MeView(employeeId, employee == null ? null : EmployeeView.of(employee),
                        list.stream().map(ParticipantView::of).toList())));
    }

    @POST
    @Path("/erasure")
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN, Roles.ANALYST})
    @Operation(summary = "Erase my personal data here and in every other service",
            description = "Ends my participations. Idempotent.")
    public Uni<Response> erase() {
        String employeeId = caller.requireEmployeeId();
        return erasure.erase(employeeId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("employee", employeeId))
                .map(at -> Response.accepted(new EmployeeResource.ErasureView(employeeId, at)).build());
    }
}
