package dev.upward.analytics.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A record that passed its JSON Schema: the id the inbox remembers it by, its type and the
 * parsed payload. The schema already guarantees the required fields and their formats, so the
 * accessors only convert.
 */
public record ConsumedEvent(String id, String type, JsonNode payload, ConsumerRecord<String, String> record) {

    public UUID uuid(String field) {
        String value = text(field);
        return value == null ? null : UUID.fromString(value);
    }

    public String text(String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public Integer integer(String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    public Boolean bool(String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    public Long longValue(String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }

    public LocalDate date(String field) {
        String value = text(field);
        return value == null ? null : LocalDate.parse(value);
    }

    /** Timestamps travel as RFC 3339; the database columns are timestamptz, kept in UTC. */
    public OffsetDateTime time(String field) {
        String value = text(field);
        return value == null ? null : OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public OffsetDateTime occurredAt() {
        return time("occurredAt");
    }
}
