package dev.upward.commons.security;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling: the token's user, their realm roles and the HRIS employee id Keycloak puts
 * in the {@code employee_id} claim. Everything a person owns in Upward is theirs through that
 * id, never through the token subject, which differs between identity providers.
 */
@RequestScoped
public class Caller {

    /** The token claim that carries the caller's HRIS employee id. */
    public static final String EMPLOYEE_CLAIM = "employee_id";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The user name of the token (for audit fields such as "created by"). */
    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isProgramAdmin() {
        return identity.hasRole(Roles.PROGRAM_ADMIN);
    }

    /** The caller's employee id, empty for accounts not linked to an HRIS record (service accounts). */
    public Optional<String> employeeId() {
        Object claim = token.getClaim(EMPLOYEE_CLAIM);
        return claim == null || claim.toString().isBlank() ? Optional.empty() : Optional.of(claim.toString());
    }

    /** The caller's employee id, or a 403 problem saying the account is not linked to one. */
    public String requireEmployeeId() {
        return employeeId().orElseThrow(() -> new ProblemException(Problem.of(403, "no-employee-link", "Forbidden",
                "your account carries no employee_id claim; ask an administrator to link it to your HRIS record")));
    }
}
