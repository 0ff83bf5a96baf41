package dev.upward.commons.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Consumer;

/**
 * Reads event payloads strictly: unknown JSON, wrong types and failed checks all end in an
 * {@link InvalidEventException}, which consumers let fail so the record is dead-lettered.
 */
@ApplicationScoped
public class EventPayloads {

    private final ObjectMapper json;

    public EventPayloads(ObjectMapper json) {
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    }

    public <T> T read(String payload, Class<T> type, Consumer<T> check) {
        if (payload == null || payload.isBlank()) {
            throw new InvalidEventException("empty payload for " + type.getSimpleName());
        }
        T event;
        try {
            event = json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("payload is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
        try {
            check.accept(event);
        } catch (RuntimeException e) {
            throw new InvalidEventException(type.getSimpleName() + " rejected: " + e.getMessage(), e);
        }
        return event;
    }

    /** An event that cannot be processed however often it is retried. */
    public static class InvalidEventException extends RuntimeException {
        public InvalidEventException(String message) {
            super(message);
        }

        public InvalidEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
