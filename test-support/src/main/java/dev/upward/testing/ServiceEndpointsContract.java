package dev.upward.testing;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every Upward service promises regardless of its domain: readiness that reflects the
 * database and Kafka, a public OpenAPI document and metrics, and problem-details answers for
 * missing or bad tokens. A service's test extends this and names one protected endpoint.
 */
public abstract class ServiceEndpointsContract {

    private final String protectedPath;
    private final String forbiddenRole;
    private final String[] allowedRoles;

    /**
     * @param protectedPath a GET endpoint that needs a token
     * @param forbiddenRole a role that may not call it
     * @param allowedRoles  the roles that may call it
     */
    protected ServiceEndpointsContract(String protectedPath, String forbiddenRole, String... allowedRoles) {
        this.protectedPath = protectedPath;
        this.forbiddenRole = forbiddenRole;
        this.allowedRoles = allowedRoles;
    }

    /** A GET endpoint that needs a token. */
    protected String protectedPath() {
        return protectedPath;
    }

    /** Roles that may call {@link #protectedPath()}. */
    protected String[] allowedRoles() {
        return allowedRoles.clone();
    }

    /** A role that may not call {@link #protectedPath()}. */
    protected String forbiddenRole() {
        return forbiddenRole;
    }

    @Test
    void readinessIsUpWithDatabaseAndKafkaChecks() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"))
                .body(containsString("Reactive Messaging"));
    }

    @Test
    void openApiDocumentIsServedWithoutToken() {
        given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("openapi", startsWith("3."));
    }

    @Test
    void prometheusMetricsAreServedWithoutToken() {
        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void noTokenIsAnswered401WithProblemDetails() {
        given().when().get(protectedPath()).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void expiredTokenIsAnswered401() {
        given().auth().oauth2(TestTokens.expiredToken("someone", allowedRoles()))
                .when().get(protectedPath()).then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenFromAnotherIssuerIsAnswered401() {
        given().auth().oauth2(TestTokens.tokenFromIssuer("https://evil.test/realms/upward", "someone", allowedRoles()))
                .when().get(protectedPath()).then()
                .statusCode(401);
    }

    @Test
    void tokenForAnotherAudienceIsAnswered401() {
        given().auth().oauth2(TestTokens.tokenForAudience("some-other-api", "someone", allowedRoles()))
                .when().get(protectedPath()).then()
                .statusCode(401);
    }

    @Test
    void tokenWithoutTheRoleIsAnswered403WithProblemDetails() {
        given().auth().oauth2(TestTokens.token("someone", forbiddenRole()))
                .when().get(protectedPath()).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void tokenWithTheRoleIsAccepted() {
        for (String role : allowedRoles()) {
            given().auth().oauth2(TestTokens.token("someone", role)).accept(ContentType.JSON)
                    .when().get(protectedPath()).then()
                    // 404 counts: the example path may name something that does not exist yet,
                    // but the caller was authenticated and authorised to ask.
                    .statusCode(org.hamcrest.Matchers.either(org.hamcrest.Matchers.lessThan(400))
                            .or(equalTo(404)));
        }
    }

    @Test
    void unknownPathIsAnswered404WithProblemDetails() {
        given().auth().oauth2(TestTokens.token("someone", allowedRoles()))
                .when().get("/no-such-resource").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
