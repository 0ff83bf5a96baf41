package dev.upward.participant.api;

import dev.upward.participant.HrisFixture;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ErasureTest {

    private static final String ADMIN = TestTokens.token("hannah", "program-admin");

    @Test
    void erasingMyselfAnonymisesMeEndsMyParticipationAndTellsTheOtherServices() {
        String username = "eraser-" + UUID.randomUUID().toString().substring(0, 8);
        String employeeId = TestTokens.employeeIdOf(username);
        String token = TestTokens.token(username, "participant");
        HrisFixture.hire(employeeId, "Data", 2, null, "2024-01-01", 1);
        LocalDate today = LocalDate.now();
        String programId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"Erasure\",\"focusTopics\":[\"ai\"],\"startsOn\":\"" + today + "\",\"endsOn\":\"" + today.plusMonths(3) + "\"}")
                .post("/programs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ADMIN).post("/programs/" + programId + "/launch").then().statusCode(200);
        String participantId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"role\":\"MENTOR\",\"profile\":{\"formats\":[\"VIDEO\"]}}")
                .post("/programs/" + programId + "/enrolments").then().statusCode(201).extract().path("id");

        // a participant cannot erase someone else
        given().auth().oauth2(TestTokens.token("mallory", "participant")).post("/employees/" + employeeId + "/erasure")
                .then().statusCode(403);

        String erasedAt = given().auth().oauth2(token).post("/me/erasure").then().statusCode(202)
                .body("employeeId", equalTo(employeeId)).extract().path("erasedAt");
        given().auth().oauth2(token).post("/me/erasure").then().statusCode(202).body("erasedAt", equalTo(erasedAt));

        given().auth().oauth2(ADMIN).get("/employees/" + employeeId).then().statusCode(200)
                .body("givenName", equalTo("[erased]")).body("email", equalTo(employeeId + "@erased.invalid"));
        given().auth().oauth2(token).get("/participants/" + participantId).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("profile.formats.size()", equalTo(0));

        var records = KafkaTestClient.readUntil("upward.participants.v1", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> employeeId.equals(r.key())));
        assertEquals(1, records.stream().filter(r -> employeeId.equals(r.key())).count(), "one PersonErased, however often asked");
        assertEquals("upward.person.erased.v1", KafkaTestClient.header(
                records.stream().filter(r -> employeeId.equals(r.key())).findFirst().orElseThrow(), "ce_type"));

        // a later HRIS event does not bring the personal data back
        HrisFixture.send(employeeId, HrisFixture.event("EmployeeUpdated", employeeId, "Data", 2, null, "2024-01-01", 9));
        HrisFixture.hire("E-after-" + username, "Data", 2, null, null, 1);
        assertEquals(1, TestDatabase.count("select count(*) from employee where employee_id = ? and given_name = '[erased]'"
                + " and hris_version = 1", employeeId));
    }

    @Test
    void erasingSomeoneUnknownIsA404() {
        given().auth().oauth2(ADMIN).post("/employees/E-nobody-" + UUID.randomUUID().toString().substring(0, 6) + "/erasure")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
