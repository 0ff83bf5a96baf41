package dev.upward.analytics.app;

import com.ethlo.time.ITU;
import com.ethlo.time.LeapSecondException;
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
        return value == null ? null : fullDate(value);
    }

    /**
     * An RFC 3339 full-date (the schemas' date format: exactly {@code yyyy-mm-dd}) read by hand;
     * anything else goes to {@code LocalDate.parse}, which explains what is wrong with it.
     */
    static LocalDate fullDate(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day); // rejects a month 13 or a 30 February
            }
        }
        return LocalDate.parse(value);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Timestamps travel as RFC 3339; the database columns are timestamptz, kept in UTC. ITU
     * parses exactly RFC 3339 (what the schemas' date-time format admits) at a twentieth of the
     * cost of {@code OffsetDateTime.parse}, which a rebuild pays several times per event.
     */
    public OffsetDateTime time(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return ITU.parseDateTime(value).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (LeapSecondException leap) {
            // RFC 3339 (and so the schema) admits 23:59:60; java.time has no such second: the next one
            return leap.getNearestDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
    }

    public OffsetDateTime occurredAt() {
        return time("occurredAt");
    }
}
