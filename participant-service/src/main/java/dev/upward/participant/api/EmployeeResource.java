package dev.upward.participant.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.participant.messaging.Erasure;
import dev.upward.participant.persistence.EmployeeRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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

    private final EmployeeRepository employees;
    private final Erasure erasure;

    public EmployeeResource(EmployeeRepository employees, Erasure erasure) {
        this.employees = employees;
        this.erasure = erasure;
    }

    /** What an erasure request answers. */
    public record ErasureView(String employeeId, Instant erasedAt) {
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.HRIS_CONNECTOR})
    @WithSession
    @Operation(summary = "One employee as last reported by the HRIS")
    public Uni<EmployeeView> get(@PathParam("employeeId") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String employeeId) {
        return employees.findById(employeeId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("employee", employeeId))
                .map(EmployeeView::of);
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Erase a person's personal data here and in every other service",
            description = "Idempotent: a repeated request answers the first erasure's time. Every service acts on PersonErased.")
    public Uni<Response> erase(@PathParam("employeeId") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String employeeId) {
        return erasure.erase(employeeId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("employee", employeeId))
                .map(at -> Response.accepted(new ErasureView(employeeId, at)).build());
    }
}
