package dev.upward.participant.messaging;

import dev.upward.contracts.ContractValidator;
import dev.upward.contracts.Topics;
import dev.upward.participant.HrisFixture;
import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.upward.participant.HrisFixture.event;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class HrisEmployeeConsumerTest {

    private static final String ADMIN = TestTokens.token("hannah", "program-admin");
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.HRIS_EMPLOYEES, "participant-service");

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void outOfOrderAndRepeatedChangesLeaveTheNewestState() {
        String id = id("E-order");
        HrisFixture.send(id, event("EmployeeHired", id, "Data", 3, null, "2020-01-01", 1));
        HrisFixture.send(id, event("EmployeeUpdated", id, "Platform", 4, null, "2020-01-01", 3));
        HrisFixture.send(id, event("EmployeeUpdated", id, "Legacy", 2, null, "2020-01-01", 2)); // late
        HrisFixture.send(id, event("EmployeeUpdated", id, "Platform", 4, null, "2020-01-01", 3)); // duplicate
        String marker = id("E-marker");
        HrisFixture.hire(marker, "Sales", 9, null, null, 1);
        HrisFixture.awaitVersion(id, 3);
        given().auth().oauth2(ADMIN).when().get("/employees/" + id).then()
                .statusCode(200)
                .body("department", equalTo("Platform"))
                .body("jobLevel", equalTo(4))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("languages", contains("en", "de"))
                .body("hireDate", equalTo("2020-01-01"))
                .body("hrisVersion", equalTo(3));
    }

    @Test
    void malformedAndInvalidRecordsGoToTheDeadLetterTopicAndConsumptionContinues() {
        String tag = id("E-dlq");
        HrisFixture.send(tag + "-a", "{not json");
        HrisFixture.send(tag + "-b", "{\"eventType\":\"EmployeeHired\",\"employeeId\":\"" + tag + "-b\"}");
        HrisFixture.send(tag + "-c", event("EmployeeFired", tag + "-c", "Data", 3, null, null, 1));
        HrisFixture.hire(tag + "-d", "Finance", 5, null, null, 1);

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.readUntil(DEAD_LETTERS, Duration.ofSeconds(30),
                seen -> seen.stream().filter(r -> r.key().startsWith(tag)).count() >= 3);
        List<ConsumerRecord<String, String>> ours = dead.stream().filter(r -> r.key().startsWith(tag)).toList();
        assertEquals(3, ours.size(), "the three bad records are dead-lettered, the good one is not");
        ours.forEach(r -> {
            assertTrue(KafkaTestClient.header(r, "dead-letter-reason") != null, "the reason travels in a header");
            assertEquals(HrisFixture.TOPIC, KafkaTestClient.header(r, "dead-letter-topic"));
        });
        assertTrue(ours.stream().anyMatch(r -> KafkaTestClient.header(r, "dead-letter-reason").contains("email")),
                "a schema violation names the field");
        given().auth().oauth2(ADMIN).when().get("/employees/" + tag + "-b").then().statusCode(404);
    }

    @Test
    void aRecordTheDatabaseRefusesIsDeadLetteredAloneWhileItsBatchIsStored() {
        String tag = id("E-nul");
        // valid JSON and valid against the schema, but PostgreSQL cannot store a NUL character
        HrisFixture.send(tag + "-bad", event("EmployeeHired", tag + "-bad", "Data", 3, null, null, 1)
                .replace("\"Family\"", "\"Fam\\u0000ily\""));
        HrisFixture.send(tag + "-good", event("EmployeeHired", tag + "-good", "Data", 3, null, null, 1));
        HrisFixture.awaitVersion(tag + "-good", 1);
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.readUntil(DEAD_LETTERS, Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> r.key().equals(tag + "-bad")));
        ConsumerRecord<String, String> bad = dead.stream().filter(r -> r.key().equals(tag + "-bad")).findFirst().orElseThrow();
        assertTrue(KafkaTestClient.header(bad, "dead-letter-reason").startsWith("refused by the database"),
                KafkaTestClient.header(bad, "dead-letter-reason"));
        assertEquals(0, TestDatabase.count("select count(*) from employee where employee_id = ?", tag + "-bad"));
    }

    @Test
    void aTerminationOffboardsActiveParticipationsOnceAndAnUpdateRepublishesOrgFacts() {
        String username = id("leaver");
        String employeeId = TestTokens.employeeIdOf(username);
        HrisFixture.hire(employeeId, "Data", 2, null, "2024-01-01", 1);
        LocalDate today = LocalDate.now();
        String programId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"Leavers\",\"focusTopics\":[\"ai\"],\"startsOn\":\"" + today + "\",\"endsOn\":\"" + today.plusMonths(3) + "\"}")
                .post("/programs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ADMIN).post("/programs/" + programId + "/launch").then().statusCode(200);
        String participantId = given().auth().oauth2(TestTokens.token(username, "participant")).contentType(ContentType.JSON)
                .body("{\"role\":\"MENTOR\"}").post("/programs/" + programId + "/enrolments").then().statusCode(201)
                .extract().path("id");

        HrisFixture.send(employeeId, event("EmployeeUpdated", employeeId, "Platform", 3, null, "2024-01-01", 2));
        HrisFixture.send(employeeId, event("EmployeeTerminated", employeeId, "Platform", 3, null, "2024-01-01", 3));
        HrisFixture.send(employeeId, event("EmployeeTerminated", employeeId, "Platform", 3, null, "2024-01-01", 3));
        Eventually.assertTrue("participant offboarded", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from participant where id = ?::uuid and status = 'OFFBOARDED'", participantId) == 1);

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil("upward.participants.v1", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> participantId.equals(r.key())
                        && "upward.participant.offboarded.v1".equals(KafkaTestClient.header(r, "ce_type"))));
        List<ConsumerRecord<String, String>> ours = records.stream().filter(r -> participantId.equals(r.key())).toList();
        List<String> types = ours.stream().map(r -> KafkaTestClient.header(r, "ce_type")).toList();
        assertEquals(1, types.stream().filter("upward.participant.offboarded.v1"::equals).count(), types.toString());
        ConsumerRecord<String, String> update = ours.stream()
                .filter(r -> "upward.participant.profile-updated.v1".equals(KafkaTestClient.header(r, "ce_type")))
                .findFirst().orElseThrow(() -> new AssertionError("no profile update in " + types));
        assertTrue(update.value().contains("\"department\":\"Platform\""), update.value());
        assertTrue(update.value().contains("\"timeZone\":\"Europe/Berlin\"") && update.value().contains("\"languages\":[\"en\",\"de\"]"),
                "the HRIS defaults the participant relies on travel too: " + update.value());
        ours.forEach(r -> assertEquals(List.of(), ContractValidator.violations(KafkaTestClient.header(r, "ce_type"), r.value())));
        given().auth().oauth2(ADMIN).get("/employees/" + employeeId).then().body("status", equalTo("TERMINATED"));
    }
}
