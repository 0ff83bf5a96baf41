package dev.upward.feedback.api;

import dev.upward.contracts.ContractValidator;
import dev.upward.feedback.Mentorships;
import dev.upward.feedback.Mentorships.Pair;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class FitCheckResourceTest {

    private static String answer(Pair pair, boolean working, String reason) {
        return "{\"mentorshipId\":\"" + pair.mentorshipId() + "\",\"working\":" + working
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    /** Every record about the mentorship once the wanted number of its events has arrived. */
    private static List<ConsumerRecord<String, String>> eventsOf(Pair pair, int atLeast) {
        String key = pair.mentorshipId().toString();
        return KafkaTestClient.readUntil("upward.feedback.v1", Duration.ofSeconds(30),
                        seen -> seen.stream().filter(r -> key.equals(r.key())).count() >= atLeast)
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    @Test
    void theFitCheckOpensWithTheFirstSessionAndNotWorkingAsksForARematch() {
        Pair pair = Mentorships.started(Mentorships.programme());
        given().auth().oauth2(pair.mentorToken()).get("/fit-checks/requests").then().statusCode(200).body("", empty());
        given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON).body(answer(pair, true, null))
                .post("/fit-checks").then().statusCode(404).contentType("application/problem+json");

        pair.completeSession();
        given().auth().oauth2(pair.menteeToken()).get("/fit-checks/requests").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].mentorshipId", equalTo(pair.mentorshipId().toString()))
                .body("[0].myRole", equalTo("MENTEE"));

        String yes = given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON)
                .body(answer(pair, true, null)).post("/fit-checks").then().statusCode(201)
                .body("working", equalTo(true)).extract().path("id");
        String no = given().auth().oauth2(pair.menteeToken()).contentType(ContentType.JSON)
                .body(answer(pair, false, "we never find a time")).post("/fit-checks").then().statusCode(201)
                .body("reason", equalTo("we never find a time")).extract().path("id");
        given().auth().oauth2(pair.menteeToken()).contentType(ContentType.JSON)
                .body(answer(pair, true, null)).post("/fit-checks").then().statusCode(200)
                .body("id", equalTo(no)).body("working", equalTo(false));
        given().auth().oauth2(pair.menteeToken()).get("/fit-checks/requests").then().statusCode(200).body("", empty());

        List<ConsumerRecord<String, String>> events = eventsOf(pair, 3);
        assertEquals(3, events.size(), "two answers and one rematch request, nothing for the repeat");
        for (ConsumerRecord<String, String> e : events) {
            String type = KafkaTestClient.header(e, "ce_type");
            assertEquals(List.of(), ContractValidator.violations(type, e.value()));
            assertFalse(e.value().contains("never find"), "the reason never travels");
        }
        assertEquals(List.of("upward.fit-check.submitted.v1", "upward.fit-check.submitted.v1", "upward.rematch.requested.v1"),
                events.stream().map(e -> KafkaTestClient.header(e, "ce_type")).toList());
        JsonPath rematch = JsonPath.from(events.get(2).value());
        assertEquals(pair.matchId().toString(), rematch.getString("matchId"));
        assertEquals("MENTEE", rematch.getString("requestedBy"));
        assertEquals(yes, JsonPath.from(events.get(0).value()).getString("fitCheckId"));
        assertEquals(no, JsonPath.from(events.get(1).value()).getString("fitCheckId"));
    }

    @Test
    void aFitCheckIsReadableByItsAuthorOnly() {
        Pair pair = Mentorships.started(Mentorships.programme());
        pair.completeSession();
        String id = given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON)
                .body(answer(pair, false, "private")).post("/fit-checks").then().statusCode(201).extract().path("id");

        given().auth().oauth2(pair.mentorToken()).get("/fit-checks/" + id).then().statusCode(200)
                .body("reason", equalTo("private"));
        given().auth().oauth2(pair.mentorToken()).get("/fit-checks/mine").then().statusCode(200)
                .body("id", equalTo(List.of(id)));
        String stranger = TestTokens.token("stranger-" + pair.tag(), "participant");
        for (String other : List.of(pair.menteeToken(), stranger)) {
            given().auth().oauth2(other).get("/fit-checks/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(other).get("/fit-checks/mine").then().statusCode(200).body("", empty());
        }
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(answer(pair, false, null))
                .post("/fit-checks").then().statusCode(404);
        given().auth().oauth2(TestTokens.token("mentor-" + pair.tag(), "analyst")).get("/fit-checks/" + id).then()
                .statusCode(403);
    }

    @Test
    void badFitCheckInputIsAProblem() {
        Pair pair = Mentorships.started(Mentorships.programme());
        pair.completeSession();
        given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON)
                .body("{\"mentorshipId\":\"" + pair.mentorshipId() + "\"}").post("/fit-checks").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("working"));
        given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON)
                .body("{\"mentorshipId\":\"" + pair.mentorshipId() + "\",\"working\":\"maybe\"}").post("/fit-checks").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON)
                .body("{\"mentorshipId\":\"" + pair.mentorshipId() + "\",\"working\":true,\"score\":3}").post("/fit-checks")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
