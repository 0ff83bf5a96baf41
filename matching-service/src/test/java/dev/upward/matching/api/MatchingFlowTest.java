package dev.upward.matching.api;

import dev.upward.contracts.ContractValidator;
import dev.upward.testing.TestClock;
import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class MatchingFlowTest {

    private static final String ADMIN = TestTokens.token("hannah", "program-admin");

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static UUID programme(String topics) {
        UUID id = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent("upward.programs.v1", id.toString(), "upward.program.created.v1",
                "{\"programId\":\"" + id + "\",\"name\":\"Flow\",\"status\":\"DRAFT\",\"occurredAt\":\"2027-01-01T00:00:00Z\"}");
        KafkaTestClient.sendCloudEvent("upward.programs.v1", id.toString(), "upward.program.launched.v1",
                "{\"programId\":\"" + id + "\",\"name\":\"Flow\",\"status\":\"LAUNCHED\",\"startsOn\":\"2027-01-04\","
                        + "\"endsOn\":\"2027-06-30\",\"focusTopics\":[" + topics + "],\"cadence\":\"BIWEEKLY\","
                        + "\"occurredAt\":\"2027-01-01T00:00:00Z\"}");
        return id;
    }

    /** Enrols through the participant topic, as participant-service would, and answers the participant id. */
    private static UUID enrol(UUID programId, String employeeId, String role, String department, int level, String skills) {
        UUID id = UUID.randomUUID();
        String skillField = role.equals("MENTOR") ? "\"skillsOffered\":[" + skills + "]" : "\"learningGoals\":[" + skills + "]";
        KafkaTestClient.sendCloudEvent("upward.participants.v1", id.toString(), "upward.participant.enrolled.v1",
                "{\"participantId\":\"" + id + "\",\"programId\":\"" + programId + "\",\"employeeId\":\"" + employeeId
                        + "\",\"role\":\"" + role + "\",\"department\":\"" + department + "\",\"jobLevel\":" + level
                        + ",\"managerChain\":[],\"languages\":[\"en\"],\"timeZone\":\"Europe/Berlin\",\"formats\":[\"VIDEO\"],"
                        + "\"availability\":[{\"day\":\"TUESDAY\",\"start\":\"09:00\",\"end\":\"11:00\"}]," + skillField
                        + ",\"occurredAt\":\"2027-01-05T00:00:00Z\"}");
        return id;
    }

    private static void awaitParticipants(UUID programId, int count) {
        Eventually.assertTrue(count + " participants projected", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from participant where program_id = ?", programId) == count);
        Eventually.assertTrue("programme projected", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from program_focus where program_id = ?", programId) == 1);
    }

    @Test
    void previewPublishAcceptAndDeclineAcrossTheMatchLifecycle() {
        String t = tag();
        UUID programId = programme("\"ai\"");
        enrol(programId, "E-J1-" + t, "MENTOR", "Engineering", 2, "{\"skill\":\"ai\",\"proficiency\":5}");
        enrol(programId, "E-J2-" + t, "MENTOR", "Marketing", 3, "{\"skill\":\"social-media\",\"proficiency\":4}");
        enrol(programId, "E-S1-" + t, "MENTEE", "Sales", 12, "{\"skill\":\"ai\",\"priority\":5}");
        enrol(programId, "E-S2-" + t, "MENTEE", "Finance", 14, "{\"skill\":\"social-media\",\"priority\":4}");
        UUID stuck = enrol(programId, "E-S3-" + t, "MENTEE", "Finance", 3, "{\"skill\":\"ai\",\"priority\":1}");
        awaitParticipants(programId, 5);

        JsonPath preview = given().auth().oauth2(ADMIN).post("/programs/" + programId + "/matching-runs/preview")
                .then().statusCode(200)
                .body("published", equalTo(false)).body("matched", equalTo(2)).body("optimal", equalTo(true))
                .body("mentors", equalTo(2)).body("mentees", equalTo(3))
                .extract().jsonPath();
        List<String> unmatchedIds = preview.getList("unmatched.participantId");
        assertEquals(List.of(stuck.toString()), unmatchedIds);
        assertTrue(preview.getString("unmatched[0].reason").startsWith("no allowed mentor"), preview.getString("unmatched[0].reason"));
        for (int k = 0; k < 2; k++) {
            double score = preview.getDouble("pairs[" + k + "].score");
            double sum = preview.getMap("pairs[" + k + "].contributions").values().stream()
                    .mapToDouble(v -> ((Number) v).doubleValue()).sum();
            assertEquals(score, sum, 1e-6, "contributions add up to the score");
        }
        assertEquals("E-J1-" + t, preview.getString("pairs.find { it.menteeEmployeeId == 'E-S1-" + t + "' }.mentorEmployeeId"));
        assertEquals(0, TestDatabase.count("select count(*) from match where program_id = ?", programId), "a preview stores nothing");

        JsonPath published = given().auth().oauth2(ADMIN).post("/programs/" + programId + "/matching-runs")
                .then().statusCode(200).body("published", equalTo(true)).body("pairs", hasSize(2))
                .extract().jsonPath();
        String aiMatch = published.getString("pairs.find { it.menteeEmployeeId == 'E-S1-" + t + "' }.matchId");
        String socialMatch = published.getString("pairs.find { it.menteeEmployeeId == 'E-S2-" + t + "' }.matchId");
        List<ConsumerRecord<String, String>> proposed = KafkaTestClient.readUntil("upward.matches.v1", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> aiMatch.equals(r.key())));
        ConsumerRecord<String, String> record = proposed.stream().filter(r -> aiMatch.equals(r.key())).findFirst().orElseThrow();
        assertEquals("upward.match.proposed.v1", KafkaTestClient.header(record, "ce_type"));
        assertEquals(List.of(), ContractValidator.violations("upward.match.proposed.v1", record.value()));

        // a re-run leaves pending matches alone
        given().auth().oauth2(ADMIN).post("/programs/" + programId + "/matching-runs/preview")
                .then().statusCode(200).body("matched", equalTo(0));

        String mentor = TestTokens.token("mentor-" + t, "participant");
        String intruder = TestTokens.token("intruder-" + t, "participant");
        // tokens carry employee_id E-<username>; give the test people matching ids
        String j1 = tokenFor("E-J1-" + t);
        String s1 = tokenFor("E-S1-" + t);
        String s2 = tokenFor("E-S2-" + t);
        given().auth().oauth2(intruder).post("/matches/" + aiMatch + "/acceptance").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(mentor).get("/matches/mine").then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(j1).get("/matches/mine").then().statusCode(200)
                .body("", hasSize(1)).body("[0].myRole", equalTo("MENTOR")).body("[0].status", equalTo("PROPOSED"));
        given().auth().oauth2(j1).post("/matches/" + aiMatch + "/acceptance").then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("myDecision", equalTo("ACCEPTED"));
        given().auth().oauth2(s1).post("/matches/" + aiMatch + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(s1).post("/matches/" + aiMatch + "/declination").then().statusCode(409);
        given().auth().oauth2(s2).post("/matches/" + socialMatch + "/declination").then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        assertEquals(1, TestDatabase.count("select count(*) from participant where employee_id = ? and priority", "E-J2-" + t),
                "the mentor who was declined waits with priority");
        assertEquals(0, TestDatabase.count("select count(*) from participant where employee_id = ? and priority", "E-S2-" + t));

        // a rematch request from feedback ends the accepted match; both wait with priority
        KafkaTestClient.sendCloudEvent("upward.feedback.v1", UUID.randomUUID().toString(), "upward.rematch.requested.v1",
                "{\"mentorshipId\":\"" + UUID.randomUUID() + "\",\"matchId\":\"" + aiMatch + "\",\"programId\":\""
                        + programId + "\",\"requestedBy\":\"MENTEE\",\"occurredAt\":\"2027-02-01T00:00:00Z\"}");
        Eventually.assertTrue("match ended for a rematch", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from match where id = ?::uuid and status = 'ENDED'", aiMatch) == 1);
        assertEquals(2, TestDatabase.count("select count(*) from participant where employee_id in (?, ?) and priority",
                "E-J1-" + t, "E-S1-" + t));

        List<ConsumerRecord<String, String>> after = KafkaTestClient.readUntil("upward.matches.v1", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> socialMatch.equals(r.key())
                        && "upward.match.declined.v1".equals(KafkaTestClient.header(r, "ce_type"))));
        assertTrue(after.stream().anyMatch(r -> aiMatch.equals(r.key())
                && "upward.match.accepted.v1".equals(KafkaTestClient.header(r, "ce_type"))));
        List<ConsumerRecord<String, String>> ended = KafkaTestClient.readUntil("upward.matches.v1", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> aiMatch.equals(r.key()) && "upward.match.ended.v1".equals(KafkaTestClient.header(r, "ce_type"))));
        assertTrue(ended.stream().anyMatch(r -> aiMatch.equals(r.key()) && r.value().contains("\"reason\":\"REMATCH\"")));
        after.stream().filter(r -> aiMatch.equals(r.key()) || socialMatch.equals(r.key())).forEach(r ->
                assertEquals(List.of(), ContractValidator.violations(KafkaTestClient.header(r, "ce_type"), r.value())));

        // everyone is back in the pool, and no pair is proposed again: J1-S2 and J2-S1 remain possible
        given().auth().oauth2(ADMIN).post("/programs/" + programId + "/matching-runs/preview")
                .then().statusCode(200).body("mentors", equalTo(2)).body("mentees", equalTo(3)).body("matched", equalTo(2));
    }

    @Test
    void aLateAnswerIsRefusedTheProposalExpiresAndALeaverEndsAMatch() {
        String t = tag();
        UUID programId = programme("");
        enrol(programId, "E-J-" + t, "MENTOR", "Engineering", 2, "{\"skill\":\"ai\",\"proficiency\":5}");
        UUID mentee = enrol(programId, "E-S-" + t, "MENTEE", "Sales", 12, "{\"skill\":\"ai\",\"priority\":5}");
        awaitParticipants(programId, 2);
        String matchId = given().auth().oauth2(ADMIN).post("/programs/" + programId + "/matching-runs")
                .then().statusCode(200).extract().path("pairs[0].matchId");
        given().auth().oauth2(tokenFor("E-J-" + t)).post("/matches/" + matchId + "/acceptance").then().statusCode(200);

        TestClock.advance(Duration.ofDays(8)); // the default deadline is seven days
        given().auth().oauth2(tokenFor("E-S-" + t)).post("/matches/" + matchId + "/acceptance").then().statusCode(409)
                .body("detail", startsWith("match " + matchId));
        Eventually.assertTrue("the expiry job expired the match", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from match where id = ?::uuid and status = 'EXPIRED'", matchId) == 1);
        List<ConsumerRecord<String, String>> expired = KafkaTestClient.readUntil("upward.matches.v1", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> matchId.equals(r.key()) && "upward.match.expired.v1".equals(KafkaTestClient.header(r, "ce_type"))));
        assertEquals(1, expired.stream().filter(r -> matchId.equals(r.key())
                && "upward.match.expired.v1".equals(KafkaTestClient.header(r, "ce_type"))).count(), "expired once");
        TestClock.reset();
        // both are back in the pool, and the same pair is not proposed again
        given().auth().oauth2(ADMIN).post("/programs/" + programId + "/matching-runs/preview")
                .then().statusCode(200).body("mentors", equalTo(1)).body("mentees", equalTo(1)).body("matched", equalTo(0));

        UUID newcomer = enrol(programId, "E-N-" + t, "MENTOR", "Legal", 2, "{\"skill\":\"ai\",\"proficiency\":4}");
        awaitParticipants(programId, 3);
        String second = given().auth().oauth2(ADMIN).post("/programs/" + programId + "/matching-runs")
                .then().statusCode(200).body("matched", equalTo(1)).extract().path("pairs[0].matchId");
        KafkaTestClient.sendCloudEvent("upward.participants.v1", mentee.toString(), "upward.participant.withdrawn.v1",
                "{\"participantId\":\"" + mentee + "\",\"programId\":\"" + programId + "\",\"occurredAt\":\"2027-01-09T00:00:00Z\"}");
        Eventually.assertTrue("match ended", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from match where id = ?::uuid and status = 'ENDED'", second) == 1);
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil("upward.matches.v1", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> second.equals(r.key()) && "upward.match.ended.v1".equals(KafkaTestClient.header(r, "ce_type"))));
        assertTrue(records.stream().anyMatch(r -> second.equals(r.key()) && r.value().contains("\"reason\":\"WITHDRAWN\"")));
        assertTrue(newcomer != null);
    }

    @Test
    void aParticipantSeesSuggestionsAndRequestsOneWhichTheOtherAccepts() {
        String t = tag();
        UUID programId = programme("\"ai\"");
        UUID mentor = enrol(programId, "E-J-" + t, "MENTOR", "Engineering", 2, "{\"skill\":\"ai\",\"proficiency\":5}");
        UUID keen = enrol(programId, "E-S-" + t, "MENTEE", "Sales", 12, "{\"skill\":\"ai\",\"priority\":5}");
        enrol(programId, "E-T-" + t, "MENTEE", "Legal", 12, "{\"skill\":\"law\",\"priority\":5}");
        enrol(programId, "E-U-" + t, "MENTEE", "Engineering", 12, "{\"skill\":\"ai\",\"priority\":5}");
        awaitParticipants(programId, 4);
        String me = tokenFor("E-J-" + t);
        given().auth().oauth2(me).get("/participants/" + mentor + "/suggestions?limit=5").then().statusCode(200)
                .body("", hasSize(2)) // the Engineering mentee shares the mentor's department
                .body("[0].participantId", equalTo(keen.toString()))
                .body("[0].explanation.topFactors[0]", equalTo("SKILLS"));
        given().auth().oauth2(tokenFor("E-T-" + t)).get("/participants/" + mentor + "/suggestions").then().statusCode(404);
        given().auth().oauth2(me).get("/participants/" + mentor + "/suggestions?limit=0").then().statusCode(400)
                .contentType("application/problem+json");

        String matchId = given().auth().oauth2(me).contentType("application/json")
                .body("{\"candidateParticipantId\":\"" + keen + "\"}")
                .post("/participants/" + mentor + "/candidate-requests").then().statusCode(201)
                .body("myDecision", equalTo("ACCEPTED")).body("status", equalTo("PROPOSED")).extract().path("matchId");
        given().auth().oauth2(tokenFor("E-S-" + t)).post("/matches/" + matchId + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(me).contentType("application/json").body("{\"candidateParticipantId\":\"" + keen + "\"}")
                .post("/participants/" + mentor + "/candidate-requests").then().statusCode(409);
    }

    @Test
    void thePolicyCarriesWeightsAndRuleSwitches() {
        UUID programId = programme("");
        Eventually.assertTrue("policy created", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from matching_policy where program_id = ?", programId) == 1);
        String body = "{\"minJobLevelGap\":1,\"requireDifferentDepartment\":false,\"mentorCapacity\":2,"
                + "\"proposalDeadlineDays\":10,\"objective\":\"FAIREST_WORST_PAIR\",\"weights\":{\"SKILLS\":60,\"AVAILABILITY\":40},"
                + "\"ruleSwitches\":{\"levelGap\":true,\"noReportingLine\":true,\"commonLanguage\":false,"
                + "\"respectAvoidLists\":true,\"notPreviouslyPaired\":true}}";
        given().auth().oauth2(ADMIN).contentType("application/json").body(body)
                .put("/programs/" + programId + "/matching-policy").then().statusCode(200)
                .body("weights.SKILLS", equalTo(60)).body("weights.FORMAT", equalTo(0))
                .body("ruleSwitches.commonLanguage", equalTo(false));
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body(body.replace("\"SKILLS\":60,\"AVAILABILITY\":40", "\"SKILLS\":0"))
                .put("/programs/" + programId + "/matching-policy").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyProgrammeAdminsRunMatching() {
        given().auth().oauth2(TestTokens.token("maya", "participant")).post("/programs/" + UUID.randomUUID() + "/matching-runs/preview")
                .then().statusCode(403);
        given().auth().oauth2(ADMIN).post("/programs/" + UUID.randomUUID() + "/matching-runs/preview")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** A participant token whose employee_id claim is exactly this id. */
    private static String tokenFor(String employeeId) {
        return TestTokens.token(employeeId.substring(2), "participant");
    }
}
