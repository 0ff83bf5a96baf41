package dev.upward.systemtest;

import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Tokens that must be refused although Keycloak issued them: an expired one, one from another
 * realm (wrong issuer), one for another audience. The two helper clients are created through
 * Keycloak's admin API on the test platform; nothing like them exists in the shipped realm.
 */
final class KeycloakFixtures {

    private static final String KEYCLOAK = "http://localhost:8180";
    private static final String ADMIN_API = KEYCLOAK + "/admin/realms/upward";

    private KeycloakFixtures() {
    }

    /** An admin token of the master realm: valid, signed by this Keycloak, but not issued by realm upward. */
    static String wrongIssuer() {
        return masterAdminToken();
    }

    /** A participant service account without the upward-api audience. */
    static String wrongAudience() {
        ensureClient("matrix-no-audience", Map.of(), List.of());
        return Keycloak.serviceAccount("matrix-no-audience", "matrix-secret");
    }

    /** A participant token that lived one second. */
    static String expired() throws InterruptedException {
        ensureClient("matrix-short-lived", Map.of("access.token.lifespan", "1"), List.of(Map.of(
                "name", "upward-api-audience", "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.custom.audience", "upward-api", "access.token.claim", "true", "id.token.claim", "false"))));
        String token = given().formParam("grant_type", "client_credentials").formParam("client_id", "matrix-short-lived")
                .formParam("client_secret", "matrix-secret").post(Keycloak.TOKEN_URL).then().statusCode(200)
                .extract().path("access_token");
        Thread.sleep(5_000);
        return token;
    }

    private static String masterAdminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(KEYCLOAK + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    /** Creates a confidential client whose service account has the participant role, unless it exists. */
    private static void ensureClient(String clientId, Map<String, String> attributes, List<Map<String, Object>> mappers) {
        String admin = masterAdminToken();
        List<String> existing = given().auth().oauth2(admin).queryParam("clientId", clientId).get(ADMIN_API + "/clients")
                .then().statusCode(200).extract().path("id");
        if (!existing.isEmpty()) {
            return;
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "secret", "matrix-secret", "publicClient", false, "serviceAccountsEnabled", true,
                        "standardFlowEnabled", false, "directAccessGrantsEnabled", false, "attributes", attributes,
                        "protocolMappers", mappers))
                .post(ADMIN_API + "/clients").then().statusCode(201);
        String id = given().auth().oauth2(admin).queryParam("clientId", clientId).get(ADMIN_API + "/clients")
                .then().extract().path("[0].id");
        String user = given().auth().oauth2(admin).get(ADMIN_API + "/clients/" + id + "/service-account-user")
                .then().statusCode(200).extract().path("id");
        Map<String, Object> role = given().auth().oauth2(admin).get(ADMIN_API + "/roles/participant").then().statusCode(200)
                .extract().jsonPath().getMap("");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(role))
                .post(ADMIN_API + "/users/" + user + "/role-mappings/realm").then().statusCode(204);
    }
}
