package dev.upward.feedback.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, as the HRIS knows them. Everything a person writes here is theirs through
 * this id, never through the token subject, which differs between identity providers.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    public String employeeId() {
        Object claim = token.getClaim("employee_id");
        if (claim == null || claim.toString().isBlank()) {
            throw new ProblemException(Problem.of(403, "no-employee-link", "Forbidden",
                    "your account carries no employee_id claim; ask an administrator to link it to your HRIS record"));
        }
        return claim.toString();
    }
}
