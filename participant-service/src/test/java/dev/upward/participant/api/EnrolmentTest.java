package dev.upward.participant.api;

import dev.upward.contracts.ContractValidator;
import dev.upward.participant.HrisFixture;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class EnrolmentTest {

    private static final String ADMIN = TestTokens.token("hannah", "program-admin");

    /** A fresh user name, so tests sharing the database do not see each other's people. */
    private static String person(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String participantToken(String username) {
        return TestTokens.token(username, "participant");
    }

    private static String launchedProgramme(String extraSettings) {
        LocalDate today = LocalDate.now();
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"Cohort\",\"focusTopics\":[\"ai\"],\"startsOn\":\"" + today + "\",\"endsOn\":\""
                        + today.plusMonths(6) + "\",\"eligibility\":{\"mentorMaxJobLevel\":4,\"menteeMinJobLevel\":10}"
                        + extraSettings + "}")
                .post("/programs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ADMIN).post("/programs/" + id + "/launch").then().statusCode(200);
        return id;
    }

    private static io.restassured.response.ValidatableResponse enrol(String token, String programId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/programs/" + programId + "/enrolments").then();
    }

    @Test
    void anEligibleJuniorEnrolsAsMentorAndTheEventCarriesWhatMatchingNeeds() {
        String boss = person("boss");
        String maya = person("maya");
        HrisFixture.hire(TestTokens.employeeIdOf(boss), "Board", 15, null, "2001-01-01", 1);
        HrisFixture.hire(TestTokens.employeeIdOf(maya), "Data", 3, TestTokens.employeeIdOf(boss), "2024-05-01", 1);
        String programId = launchedProgramme("");

        String participantId = enrol(participantToken(maya), programId, "{\"role\":\"MENTOR\",\"profile\":{"
                + "\"skillsOffered\":[{\"skill\":\"ai\",\"proficiency\":5}],\"formats\":[\"VIDEO\"],"
                + "\"availability\":[{\"day\":\"TUESDAY\",\"start\":\"08:00\",\"end\":\"09:00\"}],"
                + "\"avoidEmployeeIds\":[\"E-someone\"]}}")
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("role", equalTo("MENTOR"))
                .body("status", equalTo("ACTIVE"))
                .body("profile.avoidEmployeeIds", contains("E-someone"))
                .extract().path("id");

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil("upward.participants.v1",
                Duration.ofSeconds(30), seen -> seen.stream().anyMatch(r -> participantId.equals(r.key())));
        ConsumerRecord<String, String> record = records.stream().filter(r -> participantId.equals(r.key())).findFirst().orElseThrow();
        assertEquals("upward.participant.enrolled.v1", KafkaTestClient.header(record, "ce_type"));
        assertEquals(List.of(), ContractValidator.violations("upward.participant.enrolled.v1", record.value()));
        assertTrue(record.value().contains("\"managerChain\":[\"" + TestTokens.employeeIdOf(boss) + "\"]"), record.value());
        assertTrue(record.value().contains("\"languages\":[\"en\",\"de\"]"), "languages default to the HRIS: " + record.value());
        assertTrue(!record.value().contains("@example.com") && !record.value().contains("Given "), "no names or e-mail: " + record.value());
    }

    @Test
    void anIneligibleEnrolmentIsA422NamingTheRule() {
        String senior = person("senior");
        HrisFixture.hire(TestTokens.employeeIdOf(senior), "Sales", 12, null, "2010-01-01", 1);
        String programId = launchedProgramme("");
        enrol(participantToken(senior), programId, "{\"role\":\"MENTOR\"}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://upward.dev/problems/rule-violated/eligibility"))
                .body("errors.field", contains("mentor-max-job-level"))
                .body("detail", containsString("job level 4 or below"));
        enrol(participantToken(senior), programId, "{\"role\":\"MENTEE\"}").statusCode(201);
    }

    @Test
    void enrolmentRulesOnDuplicatesCapacityUnknownPeopleAndClosedProgrammes() {
        String a = person("a");
        String b = person("b");
        String c = person("c");
        for (String p : List.of(a, b, c)) {
            HrisFixture.hire(TestTokens.employeeIdOf(p), "Data", 2, null, "2024-01-01", 1);
        }
        String programId = launchedProgramme(",\"capacity\":2");
        enrol(participantToken(a), programId, "{\"role\":\"MENTOR\"}").statusCode(201);
        enrol(participantToken(a), programId, "{\"role\":\"MENTOR\"}").statusCode(409)
                .body("detail", containsString("already enrolled"));
        enrol(participantToken(b), programId, "{\"role\":\"MENTOR\"}").statusCode(201);
        enrol(participantToken(c), programId, "{\"role\":\"MENTOR\"}").statusCode(409)
                .body("detail", containsString("full"));
        enrol(participantToken(person("ghost")), programId, "{\"role\":\"MENTOR\"}").statusCode(422)
                .body("errors.field", contains("active-employee"));
        enrol(participantToken(c), programId, "{\"role\":\"BOSS\"}").statusCode(400)
                .contentType("application/problem+json");

        given().auth().oauth2(ADMIN).post("/programs/" + programId + "/close").then().statusCode(200);
        enrol(ADMIN, programId, "{\"role\":\"MENTOR\",\"employeeId\":\"" + TestTokens.employeeIdOf(c) + "\"}")
                .statusCode(409).body("detail", containsString("is closed"));
    }

    @Test
    void aParticipantSeesAndChangesOnlyTheirOwnParticipation() {
        String owner = person("owner");
        String other = person("other");
        HrisFixture.hire(TestTokens.employeeIdOf(owner), "Data", 2, null, "2024-01-01", 1);
        HrisFixture.hire(TestTokens.employeeIdOf(other), "Data", 2, null, "2024-01-01", 1);
        String programId = launchedProgramme("");
        String id = enrol(participantToken(owner), programId, "{\"role\":\"MENTOR\"}").statusCode(201).extract().path("id");
        String otherToken = participantToken(other);

        given().auth().oauth2(otherToken).get("/participants/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(otherToken).contentType(ContentType.JSON).body("{\"formats\":[\"VIDEO\"]}")
                .put("/participants/" + id + "/profile").then().statusCode(404);
        given().auth().oauth2(otherToken).contentType(ContentType.JSON).body("{}")
                .post("/participants/" + id + "/withdrawal").then().statusCode(404);
        enrol(otherToken, programId, "{\"role\":\"MENTOR\",\"employeeId\":\"" + TestTokens.employeeIdOf(owner) + "\"}")
                .statusCode(403);

        given().auth().oauth2(participantToken(owner)).get("/participants/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        given().auth().oauth2(participantToken(owner)).contentType(ContentType.JSON)
                .body("{\"formats\":[\"VIDEO\"],\"timeZone\":\"Nowhere/City\"}")
                .put("/participants/" + id + "/profile").then().statusCode(422)
                .body("errors.field", contains("timeZone"));
        given().auth().oauth2(participantToken(owner)).contentType(ContentType.JSON)
                .body("{\"formats\":[\"VIDEO\"],\"learningGoals\":[{\"skill\":\"leadership\",\"priority\":4}]}")
                .put("/participants/" + id + "/profile").then().statusCode(200)
                .body("profile.formats", contains("VIDEO"));
        given().auth().oauth2(participantToken(owner)).get("/me").then().statusCode(200)
                .body("employeeId", equalTo(TestTokens.employeeIdOf(owner)))
                .body("employee.department", equalTo("Data"))
                .body("participations.id", contains(id));
        given().auth().oauth2(participantToken(owner)).contentType(ContentType.JSON).body("{\"reason\":\"too busy\"}")
                .post("/participants/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(participantToken(owner)).contentType(ContentType.JSON).body("{}")
                .post("/participants/" + id + "/withdrawal").then().statusCode(409);
        // after withdrawing, enrolling again is allowed
        enrol(participantToken(owner), programId, "{\"role\":\"MENTOR\"}").statusCode(201);
    }

    @Test
    void adminsEnrolOnSomeonesBehalfAndListFilterSearchAndPageParticipants() {
        String programId = launchedProgramme("");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            String id = "E-list-" + tag + "-" + i;
            HrisFixture.hire(id, i < 3 ? "Data" : "Sales", i < 3 ? 2 : 12, null, "2024-01-01", 1);
            enrol(ADMIN, programId, "{\"role\":\"" + (i < 3 ? "MENTOR" : "MENTEE") + "\",\"employeeId\":\"" + id + "\"}")
                    .statusCode(201).body("enrolledBy", equalTo("hannah"));
        }
        given().auth().oauth2(ADMIN).queryParam("role", "MENTOR").queryParam("size", 2)
                .get("/programs/" + programId + "/participants").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(2)).body("items[0].department", equalTo("Data"));
        given().auth().oauth2(ADMIN).queryParam("role", "MENTOR").queryParam("size", 2).queryParam("page", 1)
                .get("/programs/" + programId + "/participants").then().statusCode(200)
                .body("items", hasSize(1));
        given().auth().oauth2(ADMIN).queryParam("department", "Sales")
                .get("/programs/" + programId + "/participants").then().body("total", equalTo(2));
        given().auth().oauth2(ADMIN).queryParam("search", "LIST-" + tag + "-4")
                .get("/programs/" + programId + "/participants").then()
                .body("total", equalTo(1)).body("items[0].givenName", equalTo("Given E-list-" + tag + "-4"));
        given().auth().oauth2(ADMIN).queryParam("search", "%")
                .get("/programs/" + programId + "/participants").then().body("total", equalTo(0));
        given().auth().oauth2(ADMIN).queryParam("size", 0)
                .get("/programs/" + programId + "/participants").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(participantToken("maya"))
                .get("/programs/" + programId + "/participants").then().statusCode(403);
    }

    @Test
    void programmeLifecycleRulesAnswer409AndEveryTransitionIsPublished() {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"name\":\"Undated\"}")
                .post("/programs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ADMIN).post("/programs/" + id + "/launch").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("startsOn, endsOn, focusTopics"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"Dated\",\"focusTopics\":[\"ai\",\"astrology\"],\"startsOn\":\"2027-01-01\",\"endsOn\":\"2027-06-30\"}")
                .put("/programs/" + id).then().statusCode(422).body("errors.field", hasItem("focusTopics"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"Dated\",\"focusTopics\":[\"ai\"],\"startsOn\":\"2027-01-01\",\"endsOn\":\"2027-06-30\",\"cadence\":\"MONTHLY\"}")
                .put("/programs/" + id).then().statusCode(200).body("cadence", equalTo("MONTHLY"));
        given().auth().oauth2(ADMIN).post("/programs/" + id + "/launch").then().statusCode(200)
                .body("status", equalTo("LAUNCHED")).body("closedAt", nullValue());
        given().auth().oauth2(ADMIN).post("/programs/" + id + "/close").then().statusCode(200);
        given().auth().oauth2(ADMIN).post("/programs/" + id + "/close").then().statusCode(409);

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil("upward.programs.v1", Duration.ofSeconds(30),
                seen -> seen.stream().filter(r -> id.equals(r.key())).count() >= 4);
        List<String> types = records.stream().filter(r -> id.equals(r.key()))
                .map(r -> KafkaTestClient.header(r, "ce_type")).toList();
        assertEquals(List.of("upward.program.created.v1", "upward.program.updated.v1", "upward.program.launched.v1",
                "upward.program.closed.v1"), types);
        records.stream().filter(r -> id.equals(r.key())).forEach(r -> assertEquals(List.of(),
                ContractValidator.violations(KafkaTestClient.header(r, "ce_type"), r.value())));
    }
}
