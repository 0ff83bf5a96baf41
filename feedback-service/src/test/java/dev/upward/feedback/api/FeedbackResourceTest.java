package dev.upward.feedback.api;

import dev.upward.contracts.ContractValidator;
import dev.upward.feedback.Mentorships;
import dev.upward.feedback.Mentorships.Pair;
import dev.upward.feedback.Sql;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class FeedbackResourceTest {

    private static final String FEEDBACK_TOPIC = "upward.feedback.v1";

    private static String body(UUID session, int rating) {
        return "{\"sessionId\":\"" + session + "\",\"rating\":" + rating
                + ",\"usefulTopics\":[\"ai\"],\"learned\":\"private note\",\"commentForProgramTeam\":\"more time please\"}";
    }

    private static List<ConsumerRecord<String, String>> eventsAbout(String feedbackId, int atLeast) {
        return KafkaTestClient.readUntil(FEEDBACK_TOPIC, Duration.ofSeconds(30),
                        seen -> seen.stream().filter(r -> r.value().contains(feedbackId)).count() >= atLeast)
                .stream().filter(r -> r.value().contains(feedbackId)).toList();
    }

    @Test
    void aMemberFindsTheRequestSubmitsAndOnlyTheRatingIsPublished() {
        Pair pair = Mentorships.started(Mentorships.programme());
        UUID session = pair.completeSession();

        given().auth().oauth2(pair.mentorToken()).get("/feedback/requests").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].sessionId", equalTo(session.toString()))
                .body("[0].mentorshipId", equalTo(pair.mentorshipId().toString()))
                .body("[0].programId", equalTo(pair.programId().toString()))
                .body("[0].participantId", equalTo(pair.mentorId().toString()))
                .body("[0].myRole", equalTo("MENTOR"))
                .body("[0].requestedAt", notNullValue());

        String location = given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON).body(body(session, 4))
                .when().post("/feedback").then().statusCode(201)
                .body("learned", equalTo("private note"))
                .body("role", equalTo("MENTOR"))
                .body("editableUntil", notNullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        List<ConsumerRecord<String, String>> published = eventsAbout(id, 1);
        assertEquals(1, published.size());
        ConsumerRecord<String, String> event = published.get(0);
        assertEquals(pair.mentorshipId().toString(), event.key());
        assertEquals("upward.feedback.submitted.v1", KafkaTestClient.header(event, "ce_type"));
        assertEquals(pair.mentorshipId().toString(), KafkaTestClient.header(event, "ce_subject"));
        assertEquals(List.of(), ContractValidator.violations("upward.feedback.submitted.v1", event.value()));
        assertFalse(event.value().contains("private note") || event.value().contains("more time"),
                "free text never travels: " + event.value());
        io.restassured.path.json.JsonPath payload = io.restassured.path.json.JsonPath.from(event.value());
        assertEquals(4, payload.getInt("rating"));
        assertEquals("MENTOR", payload.getString("role"));
        assertEquals(session.toString(), payload.getString("sessionId"));
        assertEquals(pair.programId().toString(), payload.getString("programId"));

        given().auth().oauth2(pair.mentorToken()).get("/feedback/requests").then().statusCode(200).body("", empty());
        given().auth().oauth2(pair.menteeToken()).get("/feedback/requests").then().statusCode(200)
                .body("", hasSize(1)).body("[0].myRole", equalTo("MENTEE"));
        given().auth().oauth2(pair.mentorToken()).get(location).then().statusCode(200).body("rating", equalTo(4));
        given().auth().oauth2(pair.mentorToken()).get("/feedback/mine").then().statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void nobodyButTheAuthorSeesTheFeedbackNotEvenTheOtherMember() {
        Pair pair = Mentorships.started(Mentorships.programme());
        UUID session = pair.completeSession();
        String location = given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON).body(body(session, 2))
                .when().post("/feedback").then().statusCode(201).extract().header("Location");

        String stranger = TestTokens.token("stranger-" + pair.tag(), "participant");
        for (String other : List.of(pair.menteeToken(), stranger)) {
            given().auth().oauth2(other).get(location).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(other).contentType(ContentType.JSON).body("{\"rating\":1}")
                    .put(location).then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(other).get("/feedback/mine").then().statusCode(200)
                    .body("sessionId", not(hasItem(session.toString())));
        }
        given().auth().oauth2(TestTokens.token("mentor-" + pair.tag(), "program-admin")).get(location).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("mentor-" + pair.tag(), "analyst")).get("/feedback/mine").then().statusCode(403);
    }

    @Test
    void aRepeatedSubmissionReturnsTheFirstAndPublishesNothingMore() {
        Pair pair = Mentorships.started(Mentorships.programme());
        UUID session = pair.completeSession();
        String first = given().auth().oauth2(pair.menteeToken()).contentType(ContentType.JSON).body(body(session, 5))
                .when().post("/feedback").then().statusCode(201).extract().path("id");
        given().auth().oauth2(pair.menteeToken()).contentType(ContentType.JSON).body(body(session, 1))
                .when().post("/feedback").then().statusCode(200)
                .body("id", equalTo(first))
                .body("rating", equalTo(5));
        given().auth().oauth2(pair.menteeToken()).get("/feedback/mine").then().statusCode(200)
                .body("findAll { it.sessionId == '" + session + "' }", hasSize(1));
        // a marker published after the repeat proves the relay has caught up before counting
        String marker = given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON).body(body(session, 3))
                .when().post("/feedback").then().statusCode(201).extract().path("id");
        eventsAbout(marker, 1);
        assertEquals(1, eventsAbout(first, 1).size());
    }

    @Test
    void simultaneousIdenticalSubmissionsStoreOneAndAnswerNoServerError() throws Exception {
        Pair pair = Mentorships.started(Mentorships.programme());
        UUID session = pair.completeSession();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON)
                        .body(body(session, 3)).post("/feedback").statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 200 || s == 409), statuses.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, dev.upward.testing.TestDatabase.count(
                "select count(*) from session_feedback where session_id = ?", session));
    }

    @Test
    void withoutACompletedSessionOfMyMentorshipThereIsNothingToRate() {
        Pair pair = Mentorships.started(Mentorships.programme());
        UUID notCompletedYet = UUID.randomUUID();
        given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON).body(body(notCompletedYet, 4))
                .when().post("/feedback").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("there is no feedback request for you on session " + notCompletedYet));

        UUID session = pair.completeSession();
        Pair others = Mentorships.started(pair.programId());
        given().auth().oauth2(others.mentorToken()).contentType(ContentType.JSON).body(body(session, 4))
                .when().post("/feedback").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("stranger-" + pair.tag(), "participant")).contentType(ContentType.JSON)
                .body(body(session, 4)).when().post("/feedback").then().statusCode(404);
        given().auth().oauth2(others.mentorToken()).get("/feedback/requests").then().statusCode(200).body("", empty());
    }

    @Test
    void feedbackCanBeChangedUntilTheWindowClosesThenItIsFinal() {
        Pair pair = Mentorships.started(Mentorships.programme());
        UUID session = pair.completeSession();
        String location = given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON).body(body(session, 2))
                .when().post("/feedback").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON)
                .body("{\"rating\":5,\"usefulTopics\":[\"remote-work\"],\"learned\":\"second thoughts\"}")
                .put(location).then().statusCode(200)
                .body("rating", equalTo(5))
                .body("usefulTopics", equalTo(List.of("remote-work")))
                .body("learned", equalTo("second thoughts"))
                .body("updatedAt", notNullValue());
        List<ConsumerRecord<String, String>> events = eventsAbout(id, 2);
        assertEquals(List.of(2, 5), events.stream()
                .map(r -> io.restassured.path.json.JsonPath.from(r.value()).getInt("rating")).toList());

        Sql.update("update session_feedback set submitted_at = submitted_at - interval '7 days 1 second' where id = ?",
                UUID.fromString(id));
        given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON).body("{\"rating\":1}")
                .put(location).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://upward.dev/problems/edit-window-closed"));
        given().auth().oauth2(pair.mentorToken()).get(location).then().statusCode(200).body("rating", equalTo(5));
    }

    /**
     * test-support signs tokens that always carry employee_id; this one is signed the same way
     * with the claim left out, through the helper's own signing method.
     */
    private static String tokenWithoutEmployeeId() throws Exception {
        java.lang.reflect.Method sign = TestTokens.class.getDeclaredMethod("sign", java.util.Map.class);
        sign.setAccessible(true);
        long now = java.time.Instant.now().getEpochSecond();
        return (String) sign.invoke(null, java.util.Map.of("iss", TestTokens.ISSUER, "sub", "sub-unlinked",
                "aud", TestTokens.AUDIENCE, "iat", now - 60, "exp", now + 600, "preferred_username", "unlinked",
                "realm_access", java.util.Map.of("roles", List.of("participant"))));
    }

    @Test
    void withoutAnEmployeeIdInTheTokenNobodyIsRecognised() throws Exception {
        String token = tokenWithoutEmployeeId();
        for (String path : List.of("/feedback/requests", "/feedback/mine", "/fit-checks/mine", "/assessments/mine",
                "/surveys/mine")) {
            given().auth().oauth2(token).get(path).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://upward.dev/problems/no-employee-link"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body(UUID.randomUUID(), 3))
                .post("/feedback").then().statusCode(403)
                .body("type", equalTo("https://upward.dev/problems/no-employee-link"));
    }

    @Test
    void theLongestAllowedListOfUsefulTopicsIsStored() {
        Pair pair = Mentorships.started(Mentorships.programme());
        UUID session = pair.completeSession();
        String topics = IntStream.range(0, 20)
                .mapToObj(i -> "\"" + ("t" + i + "-").repeat(40).substring(0, 80) + "\"")
                .collect(Collectors.joining(","));
        given().auth().oauth2(pair.mentorToken()).contentType(ContentType.JSON)
                .body("{\"sessionId\":\"" + session + "\",\"rating\":3,\"usefulTopics\":[" + topics + "]}")
                .when().post("/feedback").then().statusCode(201)
                .body("usefulTopics", hasSize(20));
    }

    @Test
    void badInputIsAProblemNeverAServerError() {
        Pair pair = Mentorships.started(Mentorships.programme());
        UUID session = pair.completeSession();
        String token = pair.mentorToken();
        for (int rating : new int[] {0, 6}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body(session, rating))
                    .when().post("/feedback").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("rating"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"rating\":3}")
                .when().post("/feedback").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sessionId"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"sessionId\":\"" + session + "\",\"rating\":3,\"author\":\"someone else\"}")
                .when().post("/feedback").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://upward.dev/problems/malformed-body"))
                .body("detail", equalTo("Unknown field 'author'"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"sessionId\":")
                .when().post("/feedback").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", startsWith("https://upward.dev/problems/"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"sessionId\":\"not-a-uuid\",\"rating\":3}")
                .when().post("/feedback").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).when().post("/feedback").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"rating\":9}")
                .put("/feedback/" + UUID.randomUUID()).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token).get("/feedback/requests").then().statusCode(200).body("", hasSize(1));
    }
}
