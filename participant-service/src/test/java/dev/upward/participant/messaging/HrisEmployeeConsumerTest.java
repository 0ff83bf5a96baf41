package dev.upward.participant.messaging;

import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class HrisEmployeeConsumerTest {

    private static final String TOPIC = "hris.employees.v1";
    private static final String ADMIN = TestTokens.token("hannah", "program-admin");

    @Test
    void hiredThenUpdatedEmployeeIsKeptAndAStaleUpdateIsIgnored() {
        send("E-100", event("EmployeeHired", "E-100", "Data", 3, 1));
        awaitEmployee("E-100", "department", "Data");

        send("E-100", event("EmployeeUpdated", "E-100", "Platform", 4, 3));
        awaitEmployee("E-100", "department", "Platform");

        // version 2 arrives late: the directory keeps version 3
        send("E-100", event("EmployeeUpdated", "E-100", "Legacy", 2, 2));
        send("E-101", event("EmployeeHired", "E-101", "Sales", 9, 1));
        awaitEmployee("E-101", "department", "Sales");
        given().auth().oauth2(ADMIN).when().get("/employees/E-100").then()
                .statusCode(200)
                .body("department", equalTo("Platform"))
                .body("hrisVersion", equalTo(3));
    }

    @Test
    void malformedAndInvalidRecordsGoToTheDeadLetterTopicAndConsumptionContinues() {
        send("E-200", "{not json");
        send("E-201", "{\"eventType\":\"EmployeeHired\",\"employeeId\":\"E-201\"}");
        send("E-202", event("EmployeeHired", "E-202", "Finance", 5, 1));
        awaitEmployee("E-202", "department", "Finance");

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.readUntil(TOPIC + ".dlq", Duration.ofSeconds(30),
                seen -> seen.stream().filter(r -> r.key().startsWith("E-20")).count() >= 2);
        List<ConsumerRecord<String, String>> ours = dead.stream().filter(r -> r.key().startsWith("E-20")).toList();
        assertEquals(2, ours.size(), "both bad records are dead-lettered");
        assertTrue(ours.stream().allMatch(r -> KafkaTestClient.header(r, "dead-letter-reason") != null),
                "the reason travels in a header");
        given().auth().oauth2(ADMIN).when().get("/employees/E-201").then().statusCode(404);
    }

    private static void send(String key, String value) {
        KafkaTestClient.send(TOPIC, key, value, Map.of());
    }

    private static String event(String type, String id, String department, int level, long version) {
        return "{\"eventType\":\"" + type + "\",\"employeeId\":\"" + id + "\",\"email\":\"" + id.toLowerCase()
                + "@example.com\",\"givenName\":\"Given\",\"familyName\":\"Family\",\"department\":\""
                + department + "\",\"jobTitle\":\"Engineer\",\"jobLevel\":" + level + ",\"hrisVersion\":" + version + "}";
    }

    private static void awaitEmployee(String id, String field, String expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var response = given().auth().oauth2(ADMIN).when().get("/employees/" + id);
            if (response.statusCode() == 200 && expected.equals(response.jsonPath().getString(field))) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("employee " + id + " never had " + field + "=" + expected);
    }
}
