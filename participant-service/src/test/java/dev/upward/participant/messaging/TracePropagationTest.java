package dev.upward.participant.messaging;

import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class TracePropagationTest {

    @Test
    void theTraceOfARestCallTravelsWithTheEventItCauses() {
        byte[] bytes = new byte[24];
        ThreadLocalRandom.current().nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        String traceId = hex.substring(0, 32);
        String id = given().auth().oauth2(TestTokens.token("hannah", "program-admin"))
                .header("traceparent", "00-" + traceId + "-" + hex.substring(32, 48) + "-01")
                .contentType(ContentType.JSON).body("{\"name\":\"Traced\"}")
                .post("/programs").then().statusCode(201).extract().path("id");

        var records = KafkaTestClient.readUntil("upward.programs.v1", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> id.equals(r.key())));
        String traceparent = KafkaTestClient.header(records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow(),
                "traceparent");
        assertNotNull(traceparent, "the published record carries W3C trace context");
        assertEquals(traceId, traceparent.split("-")[1], "same trace as the REST call: " + traceparent);
    }
}
