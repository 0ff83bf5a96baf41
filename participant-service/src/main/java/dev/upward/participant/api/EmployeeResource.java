package dev.upward.participant.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.participant.persistence.EmployeeRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/employees")
@Tag(name = "Employee directory")
public class EmployeeResource {

    private final EmployeeRepository employees;

    public EmployeeResource(EmployeeRepository employees) {
        this.employees = employees;
    }

    @GET
    @Path("/{employeeId}")
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.HRIS_CONNECTOR})
    @WithSession
    @Operation(summary = "One employee as last reported by the HRIS")
    public Uni<EmployeeView> get(@PathParam("employeeId") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String employeeId) {
        return employees.findById(employeeId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("employee", employeeId))
                .map(EmployeeView::of);
    }
}
