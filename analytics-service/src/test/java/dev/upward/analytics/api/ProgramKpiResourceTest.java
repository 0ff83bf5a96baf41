package dev.upward.analytics.api;

import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ProgramKpiResourceTest {

    @Test
    void aNewProgramHasZeroCountersAndNoMatchRateYet() {
        UUID id = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent("upward.programs.v1", id.toString(), "upward.program.created.v1",
                "{\"programId\":\"" + id + "\",\"name\":\"Impact\",\"status\":\"DRAFT\",\"startsOn\":\"2027-02-01\",\"occurredAt\":\"2026-11-25T10:00:00Z\"}");
        String analyst = TestTokens.token("alex", "analyst");
        Eventually.assertTrue("KPI row projected", Duration.ofSeconds(30),
                () -> given().auth().oauth2(analyst).get("/programs/" + id + "/kpis").statusCode() == 200);
        given().auth().oauth2(analyst).when().get("/programs/" + id + "/kpis").then()
                .body("name", equalTo("Impact"))
                .body("startsOn", equalTo("2027-02-01"))
                .body("sessionsCompleted", equalTo(0))
                .body("matchRate", nullValue());
    }

    @Test
    void aParticipantCannotReadKpis() {
        given().auth().oauth2(TestTokens.token("maya", "participant"))
                .when().get("/programs/" + UUID.randomUUID() + "/kpis").then()
                .statusCode(403).contentType("application/problem+json");
    }
}
