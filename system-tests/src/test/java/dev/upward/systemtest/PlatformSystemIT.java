package dev.upward.systemtest;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every service of the running platform: ready, documented, and guarded by real Keycloak
 * tokens; and one programme travelling from participant-service to its consumers over Kafka.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedPlatform.class)
class PlatformSystemIT {

    private static final String PARTICIPANT = "http://localhost:8081";
    private static final String MATCHING = "http://localhost:8082";
    private static final String SESSION = "http://localhost:8083";
    private static final String FEEDBACK = "http://localhost:8084";
    private static final String ANALYTICS = "http://localhost:8085";
    private static final String NO_PROGRAMME = "00000000-0000-0000-0000-000000000000";

    /** service URL, a GET needing a role, who may call it, who may not (has a token, lacks the role). */
    static Stream<Arguments> services() {
        return Stream.of(
                Arguments.of(PARTICIPANT, "/programs", (Supplier<String>) Keycloak::analyst, (Supplier<String>) Keycloak::noRole),
                Arguments.of(MATCHING, "/programs/" + NO_PROGRAMME + "/matching-policy", (Supplier<String>) Keycloak::admin,
                        (Supplier<String>) Keycloak::participant),
                Arguments.of(SESSION, "/topics", (Supplier<String>) Keycloak::participant, (Supplier<String>) Keycloak::analyst),
                Arguments.of(FEEDBACK, "/feedback/mine", (Supplier<String>) Keycloak::participant, (Supplier<String>) Keycloak::analyst),
                Arguments.of(ANALYTICS, "/programs/" + NO_PROGRAMME + "/kpis", (Supplier<String>) Keycloak::analyst,
                        (Supplier<String>) Keycloak::participant));
    }

    @ParameterizedTest(name = "{0} is ready and serves its OpenAPI document")
    @MethodSource("services")
    void readyAndDocumented(String service, String path, Supplier<String> allowed, Supplier<String> forbidden) {
        given().baseUri(service).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(service).accept("application/json").get("/q/openapi").then()
                .statusCode(200).body("openapi", startsWith("3."));
    }

    @ParameterizedTest(name = "{0}{1}: no token 401, wrong role 403, right role allowed")
    @MethodSource("services")
    void guardedByKeycloakRoles(String service, String path, Supplier<String> allowed, Supplier<String> forbidden) {
        given().baseUri(service).get(path).then()
                .statusCode(401).contentType("application/problem+json");
        given().baseUri(service).auth().oauth2("not-a-token").get(path).then().statusCode(401);
        given().baseUri(service).auth().oauth2(forbidden.get()).get(path).then()
                .statusCode(403).contentType("application/problem+json");
        int status = given().baseUri(service).auth().oauth2(allowed.get()).get(path).statusCode();
        // the example ids name nothing yet, so 404 also shows the caller got through
        assertTrue(status == 200 || status == 404, service + path + " answered " + status);
    }

    @Test
    void aProgrammeCreatedByAnAdminReachesMatchingSessionAndAnalyticsOverKafka() {
        String id = given().baseUri(PARTICIPANT).auth().oauth2(Keycloak.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"System test cohort\",\"startsOn\":\"2027-01-04\",\"endsOn\":\"2027-06-30\","
                        + "\"focusTopics\":[\"ai\"]}")
                .post("/programs").then().statusCode(201).extract().path("id");

        await("matching policy of " + id, () -> given().baseUri(MATCHING).auth().oauth2(Keycloak.admin())
                .get("/programs/" + id + "/matching-policy"));
        Response kpis = await("KPIs of " + id, () -> given().baseUri(ANALYTICS).auth().oauth2(Keycloak.analyst())
                .get("/programs/" + id + "/kpis"));
        kpis.then().body("name", equalTo("System test cohort")).body("sessionsCompleted", equalTo(0));

        // participants do not see drafts; once launched, they do
        given().baseUri(PARTICIPANT).auth().oauth2(Keycloak.participant()).get("/programs/" + id)
                .then().statusCode(404);
        given().baseUri(PARTICIPANT).auth().oauth2(Keycloak.admin()).post("/programs/" + id + "/launch")
                .then().statusCode(200).body("status", equalTo("LAUNCHED"));
        given().baseUri(PARTICIPANT).auth().oauth2(Keycloak.participant()).get("/programs/" + id)
                .then().statusCode(200).body("status", equalTo("LAUNCHED"));
    }

    /**
     * Two hires on the HRIS topic become a mentor and a mentee, are matched, accept, meet,
     * give feedback, and analytics counts it: every service, joined only by Kafka.
     */
    @Test
    void onePairTravelsFromHireToFeedbackThroughAllFiveServices() throws Exception {
        ProgrammeFlow.once();
    }

    @Test
    void theHrisConnectorsEmployeeEventsReachTheDirectory() throws Exception {
        String employeeId = "SYS-" + UUID.randomUUID().toString().substring(0, 8);
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("hris.employees.v1", employeeId,
                    "{\"eventType\":\"EmployeeHired\",\"employeeId\":\"" + employeeId + "\",\"email\":\"sys@example.com\","
                            + "\"givenName\":\"Sys\",\"familyName\":\"Test\",\"department\":\"Data\",\"jobLevel\":2,"
                            + "\"hrisVersion\":1}")).get();
        }
        String connector = Keycloak.serviceAccount("upward-hris-connector", "hris-connector-secret");
        await("employee " + employeeId, () -> given().baseUri(PARTICIPANT).auth().oauth2(connector)
                .get("/employees/" + employeeId)).then().body("department", equalTo("Data"));
        given().baseUri(PARTICIPANT).auth().oauth2(Keycloak.participant()).get("/employees/" + employeeId)
                .then().statusCode(403);
    }

    /**
     * kill -9 of the publisher right after its writes were acknowledged: the committed outbox
     * rows are published when the platform has restarted it, and each reaches its consumers.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1) // after every other test: it disrupts the platform
    void eventsCommittedBeforeAPublisherIsKilledStillArrive() throws Exception {
        List<String> ids = createProgrammes("Crash publisher", 10);
        RunningPlatform.kill("participant-service");
        RunningPlatform.awaitReady(PARTICIPANT);
        for (String id : ids) {
            await("KPIs of " + id, () -> given().baseUri(ANALYTICS).auth().oauth2(Keycloak.analyst())
                    .get("/programs/" + id + "/kpis"));
            await("policy of " + id, () -> given().baseUri(MATCHING).auth().oauth2(Keycloak.admin())
                    .get("/programs/" + id + "/matching-policy"));
        }
    }

    /** kill -9 of a consumer while events stream in: after its restart none is missing. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aConsumerKilledMidStreamCatchesUpAfterRestart() throws Exception {
        List<String> ids = new ArrayList<>(createProgrammes("Crash consumer", 5));
        RunningPlatform.kill("analytics-service");
        ids.addAll(createProgrammes("Crash consumer", 5));
        RunningPlatform.awaitReady(ANALYTICS);
        for (String id : ids) {
            await("KPIs of " + id, () -> given().baseUri(ANALYTICS).auth().oauth2(Keycloak.analyst())
                    .get("/programs/" + id + "/kpis"));
        }
    }

    private static List<String> createProgrammes(String name, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(given().baseUri(PARTICIPANT).auth().oauth2(Keycloak.admin()).contentType(ContentType.JSON)
                    .body("{\"name\":\"" + name + " " + i + "\"}")
                    .post("/programs").then().statusCode(201).extract().path("id"));
        }
        return ids;
    }

    private static Response await(String what, Supplier<Response> call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Response last = call.get();
        while (last.statusCode() != 200 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = call.get();
        }
        last.then().statusCode(200);
        return last;
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
