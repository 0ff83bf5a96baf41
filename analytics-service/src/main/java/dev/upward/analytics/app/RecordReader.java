package dev.upward.analytics.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upward.analytics.persistence.KpiVersions;
import dev.upward.contracts.ContractValidator;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Turns one record of a batch into what writing it needs, or refuses it with the reason it will
 * be dead-lettered for: typed, parsed, checked against its JSON Schema and the route's own
 * checks, and converted to its row at once.
 */
final class RecordReader {

    /** A readable event reduced to what writing it needs: its row, the KPIs it changes, and its record for dead-lettering. */
    record Prepared(String id, String type, UUID scope, Object row, ConsumerRecord<String, String> record) {
    }

    /** A record no retry can make readable. */
    static final class Rejected extends RuntimeException {
        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    private final ObjectMapper json;
    private final MeterRegistry metrics;

    RecordReader(ObjectMapper json, MeterRegistry metrics) {
        this.json = json;
        this.metrics = metrics;
    }

    /** The prepared event; null for a type the route does not write (counted as skipped). */
    Prepared read(ConsumerRecord<String, String> record, EventRoute route) {
        JsonNode payload = null;
        JsonProcessingException unreadable = null;
        try {
            payload = record.value() == null ? null : json.readTree(record.value());
        } catch (JsonProcessingException e) {
            unreadable = e;
        }
        String type = route.typeOf().of(record, payload);
        if (type == null) {
            throw new Rejected(unreadable != null ? "not JSON: " + unreadable.getOriginalMessage()
                    : "record has no event type: not a CloudEvent");
        }
        EventRoute.EventWriter<?> writer = route.writers().get(type);
        if (writer == null) {
            metrics.counter("upward.events.skipped", "topic", record.topic(), "type", type).increment();
            return null;
        }
        if (unreadable != null) {
            throw new Rejected("not JSON: " + unreadable.getOriginalMessage());
        }
        if (payload == null || !payload.isObject()) {
            throw new Rejected("payload of " + type + " is not a JSON object");
        }
        if (ContractValidator.knows(type)) {
            List<String> violations = ContractValidator.violations(type, payload);
            if (!violations.isEmpty()) {
                throw new Rejected("payload breaks the contract of " + type + ": " + String.join("; ", violations));
            }
        }
        Consumer<JsonNode> check = route.checks().get(type);
        if (check != null) {
            try {
                check.accept(payload);
            } catch (RuntimeException e) {
                throw new Rejected(type + " rejected: " + e.getMessage());
            }
        }
        String id = EventRoute.header(record, "ce_id");
        if (id == null) {
            id = "kafka:" + record.topic() + "/" + record.partition() + "/" + record.offset();
        }
        ConsumedEvent event = new ConsumedEvent(id, type, payload, record);
        Object row;
        try {
            row = writer.row(event);
        } catch (RuntimeException e) {
            // the schema let it through, but a value does not convert (an id that is no UUID)
            throw new Rejected(type + " cannot be read: " + e);
        }
        return new Prepared(id, type, scope(event), row, record);
    }

    /**
     * The KPIs an event can change: those of the programme it names. An event that names none
     * (an HRIS record, an erasure) may change facts that every programme reads.
     */
    private static UUID scope(ConsumedEvent event) {
        UUID program = null;
        try {
            program = event.uuid("programId");
        } catch (IllegalArgumentException notAnId) {
            // a programme id the schema let through but that is not one: assume the widest effect
        }
        return program != null ? program : KpiVersions.SHARED;
    }
}
