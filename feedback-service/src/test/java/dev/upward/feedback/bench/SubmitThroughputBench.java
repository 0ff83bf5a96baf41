package dev.upward.feedback.bench;

import dev.upward.feedback.Mentorships;
import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Not a test: a benchmark harness that starts the service against the real PostgreSQL and
 * Kafka of the test resource, feeds it mentorships and completed sessions through Kafka, and
 * measures {@link SubmitLoad} at 50 concurrent clients. Its name keeps it out of the normal
 * build; {@code feedback-service/bench/submit.sh} runs it.
 */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class SubmitThroughputBench {

    private static final int PAIRS = Integer.getInteger("bench.pairs", 200);
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 6);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 50);

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void measureSubmitThroughput() throws Exception {
        UUID programId = Mentorships.programme();
        List<SubmitLoad.Submission> submissions = new ArrayList<>();
        List<UUID> sessions = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int p = 0; p < PAIRS; p++) {
                String tag = "bench" + p + "-" + UUID.randomUUID().toString().substring(0, 6);
                UUID mentor = UUID.randomUUID();
                UUID mentee = UUID.randomUUID();
                enrol(producer, programId, mentor, "mentor-" + tag, "MENTOR");
                enrol(producer, programId, mentee, "mentee-" + tag, "MENTEE");
                UUID mentorship = UUID.randomUUID();
                send(producer, Mentorships.MENTORSHIPS, mentorship.toString(), "upward.mentorship.started.v1",
                        "{\"mentorshipId\":\"" + mentorship + "\",\"matchId\":\"" + UUID.randomUUID() + "\",\"programId\":\""
                                + programId + "\",\"mentorParticipantId\":\"" + mentor + "\",\"menteeParticipantId\":\""
                                + mentee + "\",\"occurredAt\":\"" + Instant.now() + "\"}");
                String mentorToken = TestTokens.token("mentor-" + tag, "participant");
                String menteeToken = TestTokens.token("mentee-" + tag, "participant");
                for (int s = 0; s < SESSIONS; s++) {
                    UUID session = UUID.randomUUID();
                    sessions.add(session);
                    send(producer, Mentorships.MENTORSHIPS, mentorship.toString(), "upward.session.completed.v1",
                            "{\"sessionId\":\"" + session + "\",\"mentorshipId\":\"" + mentorship + "\",\"programId\":\""
                                    + programId + "\",\"occurredAt\":\"" + Instant.now() + "\"}");
                    submissions.add(new SubmitLoad.Submission(mentorToken, session.toString()));
                    submissions.add(new SubmitLoad.Submission(menteeToken, session.toString()));
                }
            }
            producer.flush();
        }
        Eventually.assertTrue("every session known", Duration.ofSeconds(300), () -> TestDatabase.count(
                "select count(*) from completed_session where program_id = ?", programId) == sessions.size());
        java.util.Collections.shuffle(submissions, new java.util.Random(7));

        String url = "http://localhost:" + port;
        int warmUp = submissions.size() / 6;
        System.out.println("warm-up:  " + SubmitLoad.run(url, submissions.subList(0, warmUp), CLIENTS));
        SubmitLoad.Result measured = SubmitLoad.run(url, submissions.subList(warmUp, submissions.size()), CLIENTS);
        System.out.println("measured: " + measured + " (" + CLIENTS + " clients)");
        long published = System.nanoTime();
        Eventually.assertTrue("outbox drained", Duration.ofSeconds(300), () -> TestDatabase.count(
                "select count(*) from outbox_event where published_at is null") == 0);
        System.out.printf("outbox drained %.1f s after the last answer%n", (System.nanoTime() - published) / 1e9);
    }

    private static KafkaProducer<String, String> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private static void enrol(KafkaProducer<String, String> producer, UUID programId, UUID participant, String user,
                              String role) {
        send(producer, Mentorships.PARTICIPANTS, participant.toString(), "upward.participant.enrolled.v1",
                "{\"participantId\":\"" + participant + "\",\"programId\":\"" + programId + "\",\"employeeId\":\""
                        + TestTokens.employeeIdOf(user) + "\",\"role\":\"" + role + "\",\"occurredAt\":\"" + Instant.now() + "\"}");
    }

    private static void send(KafkaProducer<String, String> producer, String topic, String key, String type, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        for (String[] header : new String[][] {{"ce_specversion", "1.0"}, {"ce_id", UUID.randomUUID().toString()},
                {"ce_type", type}, {"ce_source", "upward/bench"}, {"ce_subject", key}, {"content-type", "application/json"}}) {
            record.headers().add(new RecordHeader(header[0], header[1].getBytes(StandardCharsets.UTF_8)));
        }
        producer.send(record);
    }
}
