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
 * the service's dead-letter topic and consumption goes on.
 */
public abstract class ProgramEventsContract {

    private static final String TOPIC = "upward.programs.v1";

    /** How many projection rows the service holds for the programme. */
    protected abstract long projectedRows(UUID programId);

    protected abstract String deadLetterTopic();

    @Test
    void aProgrammeEventIsProjectedOnceEvenWhenDeliveredTwice() {
        UUID id = UUID.randomUUID();
        String event = programCreated(id, "Replayed");
        send(id, event);
        send(id, event);
        UUID marker = UUID.randomUUID();
        send(marker, programCreated(marker, "Marker"));
        Eventually.assertTrue("marker programme projected", Duration.ofSeconds(30), () -> projectedRows(marker) == 1);
        assertEquals(1, projectedRows(id));
    }

    @Test
    void unreadableRecordsAreDeadLetteredAndConsumptionContinues() {
        UUID malformed = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        UUID valid = UUID.randomUUID();
        send(malformed, "{\"programId\":");
        send(invalid, "{\"programId\":\"" + invalid + "\",\"name\":\"\"}");
        send(valid, programCreated(valid, "After the bad ones"));
        Eventually.assertTrue("valid programme projected", Duration.ofSeconds(30), () -> projectedRows(valid) == 1);
        assertEquals(0, projectedRows(invalid));

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.readUntil(deadLetterTopic(), Duration.ofSeconds(30),
                seen -> seen.stream().filter(r -> isOneOf(r, malformed, invalid)).count() >= 2);
        List<ConsumerRecord<String, String>> ours = dead.stream().filter(r -> isOneOf(r, malformed, invalid)).toList();
        assertEquals(2, ours.size());
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

    private static void send(UUID key, String value) {
        KafkaTestClient.send(TOPIC, key.toString(), value, Map.of(
                "ce_specversion", "1.0", "ce_type", "upward.program.created.v1",
                "ce_id", UUID.randomUUID().toString(), "ce_source", "test", "ce_subject", key.toString()));
    }

    private static String programCreated(UUID id, String name) {
        return "{\"programId\":\"" + id + "\",\"name\":\"" + name + "\",\"status\":\"DRAFT\","
                + "\"startsOn\":\"2027-01-01\",\"endsOn\":\"2027-06-30\"}";
    }
}
