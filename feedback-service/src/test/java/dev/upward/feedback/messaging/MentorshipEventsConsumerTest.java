package dev.upward.feedback.messaging;

import dev.upward.feedback.Mentorships;
import dev.upward.feedback.Mentorships.Pair;
import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class MentorshipEventsConsumerTest {

    private static final String GROUP = "feedback-service";

    private static String projections() {
        return TestDatabase.dump("select * from participant_ref order by 1")
                + TestDatabase.dump("select * from mentorship_ref order by 1")
                + TestDatabase.dump("select * from completed_session order by 1");
    }

    @Test
    void aSessionCompletedBeforeItsMentorshipWasKnownBecomesARequestWhenItArrives() {
        Pair pair = Mentorships.unannounced(Mentorships.programme());
        UUID session = UUID.randomUUID();
        pair.sendSessionCompleted(session);
        Eventually.assertTrue("session stored", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from completed_session where session_id = ?", session) == 1);
        given().auth().oauth2(pair.mentorToken()).get("/feedback/requests").then().statusCode(200).body("", hasSize(0));

        pair.sendStarted();
        Mentorships.awaitKnown(pair);
        given().auth().oauth2(pair.mentorToken()).get("/feedback/requests").then().statusCode(200)
                .body("", hasSize(1)).body("[0].sessionId", equalTo(session.toString()));
    }

    @Test
    void replayingParticipantAndMentorshipTopicsChangesNothing() {
        Pair pair = Mentorships.started(Mentorships.programme());
        pair.completeSession();
        pair.sendSessionCompleted(UUID.randomUUID());
        KafkaTestClient.awaitConsumed(GROUP, Mentorships.PARTICIPANTS, Duration.ofSeconds(30));
        KafkaTestClient.awaitConsumed(GROUP, Mentorships.MENTORSHIPS, Duration.ofSeconds(30));
        String before = projections();

        KafkaTestClient.resend(KafkaTestClient.readAll(Mentorships.PARTICIPANTS));
        KafkaTestClient.resend(KafkaTestClient.readAll(Mentorships.MENTORSHIPS));
        KafkaTestClient.awaitConsumed(GROUP, Mentorships.PARTICIPANTS, Duration.ofSeconds(60));
        KafkaTestClient.awaitConsumed(GROUP, Mentorships.MENTORSHIPS, Duration.ofSeconds(60));

        assertEquals(before, projections());
    }

    @Test
    void unreadableRecordsAreDeadLetteredAndConsumptionGoesOn() {
        UUID broken = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        UUID headerless = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent(Mentorships.MENTORSHIPS, broken.toString(), "upward.session.completed.v1", "{\"sessionId\":");
        KafkaTestClient.sendCloudEvent(Mentorships.MENTORSHIPS, invalid.toString(), "upward.session.completed.v1",
                "{\"sessionId\":\"" + invalid + "\",\"occurredAt\":\"2027-01-01T00:00:00Z\"}");
        KafkaTestClient.send(Mentorships.MENTORSHIPS, headerless.toString(), "{}", Map.of());
        UUID badEnrolment = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent(Mentorships.PARTICIPANTS, badEnrolment.toString(), "upward.participant.enrolled.v1",
                "{\"participantId\":\"" + badEnrolment + "\",\"role\":\"BOSS\"}");

        Pair after = Mentorships.started(Mentorships.programme());
        after.completeSession();

        assertDeadLettered("upward.mentorships.v1.dlq.feedback-service", List.of(broken, invalid, headerless));
        assertDeadLettered("upward.participants.v1.dlq.feedback-service", List.of(badEnrolment));
        assertEquals(0, TestDatabase.count("select count(*) from completed_session where session_id = ?", invalid));
    }

    private static void assertDeadLettered(String topic, List<UUID> keys) {
        List<String> wanted = keys.stream().map(UUID::toString).toList();
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.readUntil(topic, Duration.ofSeconds(30),
                        seen -> seen.stream().filter(r -> wanted.contains(r.key())).count() >= wanted.size())
                .stream().filter(r -> wanted.contains(r.key())).toList();
        assertEquals(wanted.size(), dead.size(), "dead letters on " + topic);
        dead.forEach(r -> assertNotNull(KafkaTestClient.header(r, "dead-letter-reason")));
    }
}
