package dev.upward.session.messaging;

import dev.upward.contracts.ContractValidator;
import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class MentorshipStartTest {

    private static UUID enrol(UUID programId, String employeeId, String role) {
        UUID id = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent("upward.participants.v1", id.toString(), "upward.participant.enrolled.v1",
                "{\"participantId\":\"" + id + "\",\"programId\":\"" + programId + "\",\"employeeId\":\"" + employeeId
                        + "\",\"role\":\"" + role + "\",\"occurredAt\":\"2027-01-05T00:00:00Z\"}");
        return id;
    }

    @Test
    void anAcceptedMatchStartsOneMentorshipThatOnlyItsMembersSee() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID programId = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent("upward.programs.v1", programId.toString(), "upward.program.created.v1",
                "{\"programId\":\"" + programId + "\",\"name\":\"Flow\",\"status\":\"DRAFT\",\"startsOn\":\"2027-01-04\","
                        + "\"endsOn\":\"2027-06-30\",\"occurredAt\":\"2027-01-01T00:00:00Z\"}");
        UUID mentor = enrol(programId, "E-mentor-" + tag, "MENTOR");
        UUID mentee = enrol(programId, "E-mentee-" + tag, "MENTEE");
        UUID matchId = UUID.randomUUID();
        String accepted = "{\"matchId\":\"" + matchId + "\",\"programId\":\"" + programId + "\",\"mentorParticipantId\":\""
                + mentor + "\",\"menteeParticipantId\":\"" + mentee + "\",\"occurredAt\":\"2027-01-10T00:00:00Z\"}";
        Eventually.assertTrue("programme known", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from program_calendar where program_id = ?", programId) == 1);
        KafkaTestClient.sendCloudEvent("upward.matches.v1", matchId.toString(), "upward.match.accepted.v1", accepted);
        KafkaTestClient.sendCloudEvent("upward.matches.v1", matchId.toString(), "upward.match.accepted.v1", accepted);

        Eventually.assertTrue("mentorship started", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from mentorship where match_id = ?", matchId) == 1);
        Eventually.assertTrue("members known", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from participant_ref where participant_id in (?, ?)", mentor, mentee) == 2);
        List<ConsumerRecord<String, String>> started = KafkaTestClient.readUntil("upward.mentorships.v1", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> r.value().contains(matchId.toString())));
        List<ConsumerRecord<String, String>> ours = started.stream().filter(r -> r.value().contains(matchId.toString())).toList();
        assertEquals(1, ours.size(), "one MentorshipStarted although the match was accepted twice");
        assertEquals("upward.mentorship.started.v1", KafkaTestClient.header(ours.get(0), "ce_type"));
        assertEquals(List.of(), ContractValidator.violations("upward.mentorship.started.v1", ours.get(0).value()));

        given().auth().oauth2(TestTokens.token("mentor-" + tag, "participant")).get("/mentorships/mine").then()
                .statusCode(200).body("", hasSize(1)).body("[0].matchId", equalTo(matchId.toString()))
                .body("[0].plannedEnd", equalTo("2027-06-30"));
        given().auth().oauth2(TestTokens.token("mentee-" + tag, "participant")).get("/mentorships/mine").then()
                .statusCode(200).body("", hasSize(1));
        given().auth().oauth2(TestTokens.token("stranger-" + tag, "participant")).get("/mentorships/mine").then()
                .statusCode(200).body("", hasSize(0));
        given().auth().oauth2(TestTokens.token("analyst-" + tag, "analyst")).get("/mentorships/mine").then()
                .statusCode(403);
    }
}
