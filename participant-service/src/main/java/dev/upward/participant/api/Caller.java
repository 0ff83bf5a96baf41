package dev.upward.participant.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.participant.domain.Participant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling: the token's user, their roles and the HRIS employee id Keycloak puts in
 * the {@code employee_id} claim. Ownership decisions are made here and nowhere else.
 */
@RequestScoped
public class Caller {

    static final String EMPLOYEE_CLAIM = "employee_id";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.PROGRAM_ADMIN);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> employeeId() {
        Object claim = token.getClaim(EMPLOYEE_CLAIM);
        return claim == null || claim.toString().isBlank() ? Optional.empty() : Optional.of(claim.toString());
    }

    /** The caller's employee id, or a 403 problem saying the account is not linked to one. */
    public String requireEmployeeId() {
        return employeeId().orElseThrow(() -> new ProblemException(Problem.of(403, "no-employee-link", "Forbidden",
                "your account carries no employee_id claim; ask an administrator to link it to your HRIS record")));
    }

    /** Admins see every participant; anyone else only their own (others answer 404, not 403, so ids do not leak). */
    public Participant requireVisible(Participant participant, Object id) {
        if (participant == null || !(isAdmin() || employeeId().map(participant.employeeId()::equals).orElse(false))) {
            throw ProblemException.notFound("participant", id);
        }
        return participant;
    }
}
