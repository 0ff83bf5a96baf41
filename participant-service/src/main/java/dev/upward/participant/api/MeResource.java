package dev.upward.participant.api;

import dev.upward.commons.security.Caller;
import dev.upward.commons.security.Roles;
import dev.upward.participant.app.EmployeeQueries;
import dev.upward.participant.app.ErasePerson;
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

    private final EmployeeQueries employees;
    private final ErasePerson erasePerson;
    private final Caller caller;

    public MeResource(EmployeeQueries employees, ErasePerson erasePerson, Caller caller) {
        this.employees = employees;
        this.erasePerson = erasePerson;
        this.caller = caller;
    }

    /** Who I am in the HRIS (null when not reported yet) and every programme I joined. */
    public record MeView(String employeeId, EmployeeView employee, List<ParticipantView> participations) {
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN, Roles.ANALYST})
    @Operation(summary = "My directory entry and my participations, newest first")
    public Uni<MeView> me() {
        return employees.me().map(me -> new MeView(me.employeeId(),
                me.employee() == null ? null : EmployeeView.of(me.employee()),
                me.participations().stream().map(ParticipantView::of).toList()));
    }

    @POST
    @Path("/erasure")
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN, Roles.ANALYST})
    @Operation(summary = "Erase my personal data here and in every other service",
            description = "Ends my participations. Idempotent.")
    public Uni<Response> erase() {
        String employeeId = caller.requireEmployeeId();
        return EmployeeResource.ErasureView.accepted(employeeId, erasePerson.erase(employeeId));
    }
}
