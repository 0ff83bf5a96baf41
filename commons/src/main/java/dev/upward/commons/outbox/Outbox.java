package dev.upward.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upward.contracts.ContractValidator;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the current database transaction. Call it inside the same
 * {@code Panache.withTransaction} as the state change: both commit or neither does, and the
 * {@link OutboxRelay} publishes what was committed.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Clock clock;

    public Outbox(ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.json = json;
    }

    public Uni<OutboxEvent> append(String topic, String aggregateId, String type, Object payload) {
        OutboxEvent event = new OutboxEvent(UUID.randomUUID(), topic, aggregateId, type, toJson(type, payload),
                currentTraceparent(), clock.instant());
        return Panache.getSession().flatMap(session -> session.persist(event)).replaceWith(event);
    }

    /**
     * The same for code that writes with the reactive SQL client instead of Hibernate: pass
     * the connection that carries the transaction of the state change.
     */
    public Uni<Void> append(SqlClient transaction, String topic, String aggregateId, String type, Object payload) {
        return transaction.preparedQuery("insert into outbox_event (id, topic, aggregate_id, type, payload, traceparent, occurred_at)"
                        + " values ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.from(List.of(UUID.randomUUID(), topic, aggregateId, type, toJson(type, payload)))
                        .addString(currentTraceparent())
                        .addOffsetDateTime(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /** Serialises the payload and refuses one that breaks its published contract. */
    private String toJson(String type, Object payload) {
        String written;
        try {
            written = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        if (ContractValidator.knows(type)) {
            List<String> violations = ContractValidator.violations(type, written);
            if (!violations.isEmpty()) {
                throw new IllegalStateException(type + " would break its contract: " + String.join("; ", violations));
            }
        }
        return written;
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
