package dev.upward.systemtest;

import io.restassured.RestAssured;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real tokens from the platform's Keycloak, cached per user for the test run. */
final class Keycloak {

    static final String TOKEN_URL = "http://localhost:8180/realms/upward/protocol/openid-connect/token";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /** Password grant on the public front-end client, as a local front end would do. */
    static String userToken(String username, String password) {
        return TOKENS.computeIfAbsent(username, u -> RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "upward-frontend")
                .formParam("username", username)
                .formParam("password", password)
                .post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    static String admin() {
        return userToken("hannah.hr", "hannah");
    }

    static String analyst() {
        return userToken("alex.analyst", "alex");
    }

    static String participant() {
        return userToken("maya.mentor", "maya");
    }

    static String otherParticipant() {
        return userToken("sam.senior", "sam");
    }

    /** lea.mentor (E1005), a junior who mentors in the end-to-end flow. */
    static String lea() {
        return userToken("lea.mentor", "lea");
    }

    /** victor.vp (E1006), a senior leader who is mentored in the end-to-end flow. */
    static String victor() {
        return userToken("victor.vp", "victor");
    }

    static String noRole() {
        return userToken("nora.norole", "nora");
    }

    /** Client-credentials grant for a confidential service-account client. */
    static String serviceAccount(String clientId, String secret) {
        return TOKENS.computeIfAbsent("client:" + clientId, c -> RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token"));
    }
}
