package dev.upward.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * How a service that keeps a projection of programmes treats {@code upward.programs.v1}:
 * a valid event has its effect once, however often it is delivered; unreadable records go to
 * the service's dead-letter topic and consumption goes on; types it does not need are skipped.
 */
public abstract class ProgramEventsContract {

    private static final String TOPIC = "upward.programs.v1";
    private static final String CREATED = "upward.program.created.v1";

    private final String service;
    private final List<String> tables;

    /**
     * @param service    the consuming service, which names its dead-letter topic and consumer group
     * @param keyedTable the projection table with a {@code program_id} column, counted per programme
     * @param moreTables other tables derived from programme events, which a replay must leave unchanged
     */
    protected ProgramEventsContract(String service, String keyedTable, String... moreTables) {
        this.service = service;
        this.tables = java.util.stream.Stream.concat(java.util.stream.Stream.of(keyedTable),
                java.util.Arrays.stream(moreTables)).toList();
    }

    /** How many projection rows the service holds for the programme. */
    protected long projectedRows(UUID programId) {
        return TestDatabase.count("select count(*) from " + tables.get(0) + " where program_id = ?", programId);
    }

    protected String deadLetterTopic() {
        return TOPIC + ".dlq." + service;
    }

    /** The tables this service derives from programme events; a replay must leave them as they are. */
    protected List<String> projectionTables() {
        return tables;
    }

    private String consumerGroup() {
        return deadLetterTopic().substring(deadLetterTopic().lastIndexOf('.') + 1);
    }

    private String projections() {
        StringBuilder all = new StringBuilder();
        for (String table : projectionTables()) {
            all.append(table).append(":\n").append(TestDatabase.dump("select * from " + table + " order by 1"));
        }
        return all.toString();
    }

    @Test
    void replayingTheTopicFromOffsetZeroLeavesEveryProjectionUnchanged() {
        UUID id = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent(TOPIC, id.toString(), CREATED, programCreated(id, "Before the replay"));
        Eventually.assertTrue("programme projected", Duration.ofSeconds(30), () -> projectedRows(id) == 1);
        KafkaTestClient.awaitConsumed(consumerGroup(), TOPIC, Duration.ofSeconds(30));
        String before = projections();

        List<ConsumerRecord<String, String>> history = KafkaTestClient.readAll(TOPIC);
        KafkaTestClient.resend(history);
        KafkaTestClient.awaitConsumed(consumerGroup(), TOPIC, Duration.ofSeconds(60));

        assertEquals(before, projections(), "every one of the " + history.size() + " events was delivered again");
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndRecordedInTheInbox() {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Map<String, String> headers = headers(eventId, CREATED, id);
        KafkaTestClient.send(TOPIC, id.toString(), programCreated(id, "Redelivered"), headers);
        KafkaTestClient.send(TOPIC, id.toString(), programCreated(id, "Redelivered"), headers);
        UUID marker = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent(TOPIC, marker.toString(), CREATED, programCreated(marker, "Marker"));
        Eventually.assertTrue("marker programme projected", Duration.ofSeconds(30), () -> projectedRows(marker) == 1);
        assertEquals(1, projectedRows(id));
        assertEquals(1, TestDatabase.count("select count(*) from processed_event where event_id = ?", eventId));
    }

    @Test
    void theSameProgrammeAnnouncedTwiceUnderDifferentIdsStillHasOneRow() {
        UUID id = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent(TOPIC, id.toString(), CREATED, programCreated(id, "Twice"));
        KafkaTestClient.sendCloudEvent(TOPIC, id.toString(), CREATED, programCreated(id, "Twice"));
        Eventually.assertTrue("both events processed", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from processed_event where event_type = ?", CREATED) >= 2 && projectedRows(id) == 1);
        assertEquals(1, projectedRows(id));
    }

    @Test
    void unreadableRecordsAreDeadLetteredAndConsumptionContinues() {
        UUID malformed = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        UUID notACloudEvent = UUID.randomUUID();
        UUID otherType = UUID.randomUUID();
        UUID valid = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent(TOPIC, malformed.toString(), CREATED, "{\"programId\":");
        KafkaTestClient.sendCloudEvent(TOPIC, invalid.toString(), CREATED, "{\"programId\":\"" + invalid + "\",\"name\":\"\"}");
        KafkaTestClient.send(TOPIC, notACloudEvent.toString(), programCreated(notACloudEvent, "No headers"), Map.of());
        KafkaTestClient.sendCloudEvent(TOPIC, otherType.toString(), "upward.program.renamed.v9", "{}");
        KafkaTestClient.sendCloudEvent(TOPIC, valid.toString(), CREATED, programCreated(valid, "After the bad ones"));
        Eventually.assertTrue("valid programme projected", Duration.ofSeconds(30), () -> projectedRows(valid) == 1);
        assertEquals(0, projectedRows(invalid));
        assertEquals(0, projectedRows(notACloudEvent));

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.readUntil(deadLetterTopic(), Duration.ofSeconds(30),
                seen -> seen.stream().filter(r -> isOneOf(r, malformed, invalid, notACloudEvent)).count() >= 3);
        List<ConsumerRecord<String, String>> ours = dead.stream()
                .filter(r -> isOneOf(r, malformed, invalid, notACloudEvent, otherType)).toList();
        assertEquals(3, ours.size(), "the three unreadable records, not the unknown type, are dead-lettered");
        ours.forEach(r -> assertNotNull(KafkaTestClient.header(r, "dead-letter-reason")));
    }

    private static boolean isOneOf(ConsumerRecord<String, String> record, UUID... ids) {
        for (UUID id : ids) {
            if (id.toString().equals(record.key())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> headers(String eventId, String type, UUID subject) {
        return Map.of("ce_specversion", "1.0", "ce_type", type, "ce_id", eventId, "ce_source", "upward/tests",
                "ce_subject", subject.toString());
    }

    private static String programCreated(UUID id, String name) {
        return "{\"programId\":\"" + id + "\",\"name\":\"" + name + "\",\"status\":\"DRAFT\","
                + "\"startsOn\":\"2027-01-01\",\"endsOn\":\"2027-06-30\",\"occurredAt\":\"2026-11-25T09:00:00Z\"}";
    }
}
