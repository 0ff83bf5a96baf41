package dev.upward.participant.api;

import dev.upward.commons.security.Roles;
import dev.upward.participant.app.EmployeeQueries;
import dev.upward.participant.app.ErasePerson;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

@Path("/employees/{employeeId}")
@Tag(name = "Employee directory")
public class EmployeeResource {

    private final EmployeeQueries employees;
    private final ErasePerson erasePerson;

    public EmployeeResource(EmployeeQueries employees, ErasePerson erasePerson) {
        this.employees = employees;
        this.erasePerson = erasePerson;
    }

    /** What an erasure request answers. */
    public record ErasureView(String employeeId, Instant erasedAt) {

        static Uni<Response> accepted(String employeeId, Uni<Instant> erasure) {
            return erasure.map(at -> Response.accepted(new ErasureView(employeeId, at)).build());
        }
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.HRIS_CONNECTOR})
    @Operation(summary = "One employee as last reported by the HRIS")
    public Uni<EmployeeView> get(@PathParam("employeeId") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String employeeId) {
        return employees.get(employeeId).map(EmployeeView::of);
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Erase a person's personal data here and in every other service",
            description = "Idempotent: a repeated request answers the first erasure's time. Every service acts on PersonErased.")
    public Uni<Response> erase(@PathParam("employeeId") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String employeeId) {
        return ErasureView.accepted(employeeId, erasePerson.erase(employeeId));
    }
}
