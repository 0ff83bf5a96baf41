package dev.upward.participant.api;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import dev.upward.testing.KafkaTestClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ProgramResourceTest {

    private static final String ADMIN = TestTokens.token("hannah", "program-admin");

    @Test
    void adminCreatesADraftProgrammeThatCanBeReadBack() {
        String location = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"Digital fluency 2027\",\"description\":\"AI and social media\","
                        + "\"startsOn\":\"2027-01-10\",\"endsOn\":\"2027-07-10\"}")
                .when().post("/programs").then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("id", notNullValue())
                .extract().header("Location");

        given().auth().oauth2(TestTokens.token("alex", "analyst"))
                .when().get(location).then()
                .statusCode(200)
                .body("name", equalTo("Digital fluency 2027"))
                .body("startsOn", equalTo("2027-01-10"));

        given().auth().oauth2(TestTokens.token("alex", "analyst"))
                .when().get("/programs").then()
                .statusCode(200)
                .body("items.name", hasItem("Digital fluency 2027"));
    }

    @Test
    void creatingAProgrammePublishesACloudEventKeyedByItsId() {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"Published programme\"}")
                .when().post("/programs").then().statusCode(201)
                .extract().path("id");

        var records = KafkaTestClient.readUntil("upward.programs.v1", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> id.equals(r.key())));
        var record = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        assertEquals("upward.program.created.v1", KafkaTestClient.header(record, "ce_type"));
        assertEquals(id, KafkaTestClient.header(record, "ce_subject"));
        assertEquals("1.0", KafkaTestClient.header(record, "ce_specversion"));
        assertTrue(record.value().contains("\"name\":\"Published programme\""), record.value());
        assertEquals(java.util.List.of(), dev.upward.contracts.ContractValidator.violations(
                "upward.program.created.v1", record.value()), "the published payload honours its schema");
    }

    @Test
    void participantMayNotCreateAProgramme() {
        given().auth().oauth2(TestTokens.token("maya", "participant")).contentType(ContentType.JSON)
                .body("{\"name\":\"Sneaky\"}")
                .when().post("/programs").then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void invalidFieldsAreListedInTheProblem() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"  \",\"startsOn\":\"2027-05-01\",\"endsOn\":\"2027-01-01\"}")
                .when().post("/programs").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors", hasSize(2))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": ")
                .when().post("/programs").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void wrongTypeIsA400Problem() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"startsOn\":\"not-a-date\"}")
                .when().post("/programs").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void missingBodyIsA400Problem() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .when().post("/programs").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void unknownProgrammeIsA404Problem() {
        given().auth().oauth2(ADMIN)
                .when().get("/programs/" + UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"));
    }

    @Test
    void malformedIdIsA404Problem() {
        given().auth().oauth2(ADMIN)
                .when().get("/programs/not-a-uuid").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badPaginationIsA400Problem() {
        given().auth().oauth2(ADMIN)
                .when().get("/programs?size=100000").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
