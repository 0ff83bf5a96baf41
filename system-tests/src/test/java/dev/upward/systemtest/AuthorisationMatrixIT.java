package dev.upward.systemtest;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of every OpenAPI document against every kind of caller, with real Keycloak
 * tokens: no token, a malformed, an expired, a foreign-issuer and a wrong-audience token, each
 * role, and — for a participant's own resources — the owner against another participant. The
 * expected answer follows from the roles the document itself declares, so a new endpoint is in
 * the matrix the moment it exists.
 */
@ExtendWith(SharedPlatform.class)
class AuthorisationMatrixIT {

    /** A caller with a token and the realm roles it carries. */
    record Caller(String name, String token, Set<String> roles) {
    }

    private static final List<Caller> ROLE_CALLERS = new ArrayList<>();
    private static final Map<String, String> BAD_TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void tokens() throws Exception {
        ROLE_CALLERS.add(new Caller("hannah.hr (program-admin, participant)", Keycloak.admin(), Set.of("program-admin", "participant")));
        ROLE_CALLERS.add(new Caller("alex.analyst (analyst)", Keycloak.analyst(), Set.of("analyst")));
        ROLE_CALLERS.add(new Caller("maya.mentor (participant)", Keycloak.participant(), Set.of("participant")));
        ROLE_CALLERS.add(new Caller("nora.norole (no role)", Keycloak.noRole(), Set.of()));
        ROLE_CALLERS.add(new Caller("hris connector (hris-connector)",
                Keycloak.serviceAccount("upward-hris-connector", "hris-connector-secret"), Set.of("hris-connector")));
        ROLE_CALLERS.add(new Caller("service account (service)", Keycloak.serviceAccount("upward-services", "services-secret"),
                Set.of("service")));
        BAD_TOKENS.put("malformed token", "not-a-jwt");
        BAD_TOKENS.put("expired token", KeycloakFixtures.expired());
        BAD_TOKENS.put("token of another issuer", KeycloakFixtures.wrongIssuer());
        BAD_TOKENS.put("token for another audience", KeycloakFixtures.wrongAudience());
    }

    /** Random ids: the answer must come from the security layer or a clean 4xx, never from a crash. */
    private static String randomValue(String parameter) {
        return parameter.equals("table") ? "enrolment" : UUID.randomUUID().toString();
    }

    private static Response send(OpenApiOperations.Operation op, String token, Function<String, String> values) {
        RequestSpecification request = given().baseUri(op.baseUrl()).redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (op.bodyMediaTypes().contains("application/json")) {
            request.contentType("application/json").body("{}");
        } else if (!op.bodyMediaTypes().isEmpty()) {
            request.contentType(op.bodyMediaTypes().get(0)).body("x");
        }
        return request.request(op.method(), OpenApiOperations.fill(op.path(), values));
    }

    @Test
    void everyProtectedOperationRefusesMissingAndInvalidTokens() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (OpenApiOperations.Operation op : OpenApiOperations.all()) {
            if (op.isPublic()) {
                continue;
            }
            Map<String, String> tokens = new LinkedHashMap<>();
            tokens.put("no token", null);
            tokens.putAll(BAD_TOKENS);
            for (Map.Entry<String, String> t : tokens.entrySet()) {
                Response answer = send(op, t.getValue(), AuthorisationMatrixIT::randomValue);
                checked++;
                if (answer.statusCode() != 401 || !answer.contentType().startsWith("application/problem+json")) {
                    wrong.add(op + " with " + t.getKey() + ": " + answer.statusCode() + " " + answer.contentType());
                }
            }
        }
        assertEquals(List.of(), wrong, "expected 401 problem for each of " + checked + " calls");
        assertTrue(checked > 300, "the documents list the operations: " + checked);
    }

    @Test
    void eachRoleReachesExactlyTheOperationsItsDocumentAllows() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (OpenApiOperations.Operation op : OpenApiOperations.all()) {
            if (op.isPublic()) {
                continue;
            }
            for (Caller caller : ROLE_CALLERS) {
                boolean allowed = caller.roles().stream().anyMatch(op.roles()::contains);
                if (allowed && op.path().endsWith("/erasure")) {
                    continue; // would erase the demo user's own data, which later tests rely on; erasure has its own tests
                }
                Response answer = send(op, caller.token(), AuthorisationMatrixIT::randomValue);
                checked++;
                String type = answer.contentType().startsWith("application/problem+json") ? answer.path("type") : "";
                boolean roleRefusal = answer.statusCode() == 403 && type.endsWith("/forbidden");
                if (!allowed && !roleRefusal) {
                    wrong.add(op + " as " + caller.name() + ": expected 403 forbidden, got " + answer.statusCode() + " " + type);
                } else if (allowed && (answer.statusCode() == 401 || roleRefusal || answer.statusCode() >= 500)) {
                    wrong.add(op + " as " + caller.name() + ": allowed by " + op.roles() + ", got " + answer.statusCode() + " " + type);
                }
            }
        }
        assertEquals(List.of(), wrong, checked + " calls");
    }

    @Test
    void aParticipantsOwnResourcesAnswerTheOwnerAndLookAbsentToAnyoneElse() throws Exception {
        ProgrammeFlow.Ids ids = ProgrammeFlow.once();
        String owner = Keycloak.lea();
        // a note and an agreement exist, so their GETs have something to show the owner
        given().baseUri(ProgrammeFlow.SESSION).auth().oauth2(owner).contentType("application/json").body("{\"text\":\"mine\"}")
                .put("/sessions/" + ids.sessionId() + "/note").then().statusCode(200);
        given().baseUri(ProgrammeFlow.SESSION).auth().oauth2(owner).contentType("application/json")
                .body("{\"goals\":\"AI\",\"groundRules\":\"Candour\",\"confidentiality\":\"Between us\",\"meetingFrequency\":\"WEEKLY\"}")
                .put("/mentorships/" + ids.mentorshipId() + "/agreement").then().statusCode(200);
        Map<String, String> owned = Map.of("mentorshipId", ids.mentorshipId(), "sessionId", ids.sessionId(),
                "participantId", ids.mentorParticipantId());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (OpenApiOperations.Operation op : OpenApiOperations.all()) {
            List<String> names = op.in("path").stream().map(OpenApiOperations.Parameter::name).toList();
            Function<String, String> value = name -> name.equals("id") && op.path().startsWith("/feedback/")
                    ? ids.mentorFeedbackId() : owned.get(name);
            boolean allOwned = !names.isEmpty() && names.stream().allMatch(n -> value.apply(n) != null);
            if (!op.method().equals("GET") || !op.roles().contains("participant") || !allOwned) {
                continue;
            }
            checked++;
            int ownerStatus = send(op, owner, value).statusCode();
            Response other = send(op, Keycloak.participant(), value);
            // the owner gets their resource, or (409) an answer about its state: either way, not refused
            if (ownerStatus != 200 && ownerStatus != 409) {
                wrong.add(op + " as the owner: " + ownerStatus);
            }
            if (other.statusCode() != 404 || !other.contentType().startsWith("application/problem+json")) {
                wrong.add(op + " as another participant: " + other.statusCode() + " (expected 404)");
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked >= 10, "owned GET operations checked: " + checked);
    }
}
