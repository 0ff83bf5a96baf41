package dev.upward.participant.api;

import dev.upward.commons.security.Roles;
import dev.upward.participant.app.ImportEmployees;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The first load of the employee directory, streamed: see {@link ImportEmployees}. */
@Path("/employees/import")
@Tag(name = "Employee directory")
public class EmployeeImportResource {

    public static final String CSV = "text/csv";
    public static final String JSON_LINES = "application/x-ndjson";

    private final ImportEmployees importEmployees;

    public EmployeeImportResource(ImportEmployees importEmployees) {
        this.importEmployees = importEmployees;
    }

    @POST
    @Blocking
    @Consumes({CSV, JSON_LINES})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HRIS_CONNECTOR)
    @Operation(summary = "Bulk import employees (CSV or JSON lines), streamed",
            description = "Each row is an HRIS event (CSV columns are its fields; eventType defaults to EmployeeHired)."
                    + " Valid rows are written, invalid ones listed in the report with their line number.")
    public ImportEmployees.ImportReport importEmployees(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                                  InputStream body) {
        boolean csv = contentType != null && contentType.toLowerCase().startsWith(CSV);
        return importEmployees.from(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)), csv);
    }
}
