package dev.upward.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.UUID;

/**
 * Records an event in the current database transaction. Call it inside the same
 * {@code Panache.withTransaction} as the state change: both commit or neither does, and the
 * {@link OutboxRelay} publishes what was committed.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    public Uni<OutboxEvent> append(String topic, String aggregateId, String type, Object payload) {
        OutboxEvent event = new OutboxEvent(UUID.randomUUID(), topic, aggregateId, type, toJson(payload),
                currentTraceparent(), clock.instant());
        return Panache.getSession().flatMap(session -> session.persist(event)).replaceWith(event);
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** W3C trace context of the current span, so the consumer's work joins the same trace. */
    private static String currentTraceparent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
