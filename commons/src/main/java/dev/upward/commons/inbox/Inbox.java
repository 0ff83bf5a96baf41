package dev.upward.commons.inbox;

import dev.upward.commons.messaging.EventPayloads;
import dev.upward.contracts.ContractValidator;
import dev.upward.commons.messaging.EventPayloads.InvalidEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies each consumed event at most once. The event's id (CloudEvents {@code ce_id}, or the
 * record's topic/partition/offset when a producer sent none) is stored in the same
 * transaction as the effect, so a redelivered or replayed event changes nothing.
 *
 * <p>Unreadable events and events of an unknown version are nacked, which the channel's
 * dead-letter strategy turns into a record on the dead-letter topic; the consumer moves on.
 * Event types the consumer has no handler for are acknowledged and skipped: one topic carries
 * several types and each consumer needs only some. Other failures (the database is down) are
 * retried with backoff before they, too, end in the dead-letter topic.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EventPayloads payloads;
    private final MeterRegistry metrics;
    private final Clock clock;

    public Inbox(EventPayloads payloads, MeterRegistry metrics, Clock clock) {
        this.clock = clock;
        this.payloads = payloads;
        this.metrics = metrics;
    }

    public Uni<Void> handle(Message<String> message, Map<String, EventHandler<?>> handlers) {
        Optional<IncomingKafkaRecordMetadata> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class);
        String topic = kafka.map(IncomingKafkaRecordMetadata::getTopic).orElse("unknown");
        String type = header(kafka, "ce_type");
        if (type == null) {
            return reject(message, topic, new InvalidEventException("record has no ce_type header: not a CloudEvent"));
        }
        EventHandler<?> handler = handlers.get(type);
        if (handler == null) {
            metrics.counter("upward.events.skipped", "topic", topic, "type", type).increment();
            return Uni.createFrom().completionStage(message.ack());
        }
        String eventId = Optional.ofNullable(header(kafka, "ce_id")).orElseGet(() -> kafka
                .map(m -> "kafka:" + m.getTopic() + "/" + m.getPartition() + "/" + m.getOffset())
                .orElseThrow());
        Uni<Void> effect;
        try {
            requireContract(type, message.getPayload());
            effect = prepare(handler, message.getPayload());
        } catch (InvalidEventException e) {
            return reject(message, topic, e);
        }
        return Panache.withTransaction(() -> Panache.getSession()
                        .flatMap(session -> session.find(ProcessedEvent.class, eventId))
                        .flatMap(seen -> {
                            if (seen != null) {
                                metrics.counter("upward.events.duplicates", "topic", topic).increment();
                                return Uni.createFrom().voidItem();
                            }
                            return effect.call(() -> Panache.getSession().flatMap(session ->
                                    session.persist(new ProcessedEvent(eventId, type, clock.instant()))));
                        }))
                .onFailure(failure -> !(failure instanceof InvalidEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).atMost(8)
                .onItem().transformToUni(done -> {
                    metrics.counter("upward.events.consumed", "topic", topic, "type", type).increment();
                    return Uni.createFrom().completionStage(message.ack());
                })
                .onFailure().recoverWithUni(failure -> reject(message, topic, failure));
    }

    /** A payload that breaks its published JSON Schema is never half-understood: it is rejected. */
    private static void requireContract(String type, String payload) {
        if (payload != null && ContractValidator.knows(type)) {
            List<String> violations = ContractValidator.violations(type, payload);
            if (!violations.isEmpty()) {
                throw new InvalidEventException("payload breaks the contract of " + type + ": " + String.join("; ", violations));
            }
        }
    }

    private <T> Uni<Void> prepare(EventHandler<T> handler, String payload) {
        T event = payloads.read(payload, handler.payloadType(), handler.check());
        // deferred so the effect runs inside the transaction opened above
        return Uni.createFrom().deferred(() -> handler.effect().apply(event));
    }

    private Uni<Void> reject(Message<String> message, String topic, Throwable reason) {
        LOG.warnf("dead-lettering a record from %s: %s", topic, reason.getMessage());
        metrics.counter("upward.events.dead-lettered", "topic", topic).increment();
        return Uni.createFrom().completionStage(message.nack(reason));
    }

    private static String header(Optional<IncomingKafkaRecordMetadata> kafka, String name) {
        return kafka.map(m -> (Header) m.getHeaders().lastHeader(name))
                .map(h -> new String(h.value(), StandardCharsets.UTF_8))
                .orElse(null);
    }
}
