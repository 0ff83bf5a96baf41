package dev.upward.analytics.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upward.analytics.persistence.KpiVersions;
import dev.upward.contracts.ContractValidator;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The idempotent inbox, a poll batch at a time. It keeps the guarantees of commons' per-record
 * inbox (every payload checked against its JSON Schema, the ids of applied events stored in
 * {@code processed_event} in the same transaction as their effect, unreadable records on
 * {@code <topic>.dlq.<service>} with the reason, unknown types skipped) but writes a whole
 * batch with one statement per event type, because a rebuild replays millions of events and
 * one transaction per event would take hours.
 *
 * <p>A batch that the database refuses for its data (SQLSTATE classes 22 and 23) is written
 * again one event at a time, and only the refused events are dead-lettered. Any other failure
 * (the database is down, a deadlock) retries the whole batch with backoff; offsets are
 * committed only after the batch is written, so nothing is skipped.
 */
@ApplicationScoped
public class BatchInbox {

    private static final Logger LOG = Logger.getLogger(BatchInbox.class);

    private static final String CLAIM = """
            insert into processed_event (event_id, event_type, processed_at)
            select id, type, now() from unnest($1::varchar[], $2::varchar[]) as e(id, type)
            on conflict (event_id) do nothing
            returning event_id""";

    /** What one channel does: how to type a record, the writer per type, whether ids are remembered. */
    public record Route(TypeOf typeOf, Map<String, EventWriter<?>> writers, Map<String, Consumer<JsonNode>> checks,
                        boolean remembersIds) {
    }

    /** Finds a record's event type; answers null for a record that carries none. */
    @FunctionalInterface
    public interface TypeOf {
        String of(ConsumerRecord<String, String> record, JsonNode payload);
    }

    /**
     * Applies the events of one type, all in the batch's transaction. An event is turned into
     * its row as soon as it is read, so a batch waiting for the database holds compact rows
     * rather than parsed JSON trees: during a rebuild many batches wait at once, and their
     * trees made up most of the live heap the collector had to copy.
     */
    public interface EventWriter<R> {
        R row(ConsumedEvent event);

        Uni<Void> write(SqlConnection tx, List<R> rows);
    }

    private final Pool database;
    private final ObjectMapper json;
    private final MutinyEmitter<String> deadLetters;
    private final MeterRegistry metrics;
    private final String service;
    private final KpiVersions versions;

    public BatchInbox(Pool database, ObjectMapper json, @Channel("dead-letters") MutinyEmitter<String> deadLetters,
                      MeterRegistry metrics, @ConfigProperty(name = "quarkus.application.name") String service,
                      KpiVersions versions) {
        this.database = database;
        this.versions = versions;
        this.json = json;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.service = service;
    }

    /** The type a CloudEvent declares in its binary-mode header. */
    public static String cloudEventType(ConsumerRecord<String, String> record, JsonNode payload) {
        return header(record, "ce_type");
    }

    public Uni<Void> handle(ConsumerRecords<String, String> records, Route route) {
        Map<String, PreparedEvent> readable = new LinkedHashMap<>();
        List<Uni<Void>> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                PreparedEvent event = read(record, route);
                if (event != null) {
                    // a duplicate inside one batch is the same event delivered twice: apply it once
                    if (readable.putIfAbsent(event.id(), event) != null) {
                        metrics.counter("upward.events.duplicates", "topic", record.topic()).increment();
                    }
                }
            } catch (RejectedRecord e) {
                rejected.add(deadLetter(record, e.getMessage()));
            }
        }
        Uni<Void> sentAside = rejected.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(rejected).andFailFast().replaceWithVoid();
        List<PreparedEvent> events = List.copyOf(readable.values());
        return sentAside.chain(() -> writeIsolatingRefusals(events, route)
                .onFailure().invoke(e -> LOG.warnf("batch of %d events not written, retrying: %s", events.size(), e.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(30)).indefinitely());
    }

    private PreparedEvent read(ConsumerRecord<String, String> record, Route route) {
        JsonNode payload = null;
        JsonProcessingException unreadable = null;
        try {
            payload = record.value() == null ? null : json.readTree(record.value());
        } catch (JsonProcessingException e) {
            unreadable = e;
        }
        String type = route.typeOf().of(record, payload);
        if (type == null) {
            throw new RejectedRecord(unreadable != null ? "not JSON: " + unreadable.getOriginalMessage()
                    : "record has no event type: not a CloudEvent");
        }
        EventWriter<?> writer = route.writers().get(type);
        if (writer == null) {
            metrics.counter("upward.events.skipped", "topic", record.topic(), "type", type).increment();
            return null;
        }
        if (unreadable != null) {
            throw new RejectedRecord("not JSON: " + unreadable.getOriginalMessage());
        }
        if (payload == null || !payload.isObject()) {
            throw new RejectedRecord("payload of " + type + " is not a JSON object");
        }
        if (ContractValidator.knows(type)) {
            List<String> violations = ContractValidator.violations(type, payload);
            if (!violations.isEmpty()) {
                throw new RejectedRecord("payload breaks the contract of " + type + ": " + String.join("; ", violations));
            }
        }
        Consumer<JsonNode> check = route.checks().get(type);
        if (check != null) {
            try {
                check.accept(payload);
            } catch (RuntimeException e) {
                throw new RejectedRecord(type + " rejected: " + e.getMessage());
            }
        }
        String id = header(record, "ce_id");
        if (id == null) {
            id = "kafka:" + record.topic() + "/" + record.partition() + "/" + record.offset();
        }
        ConsumedEvent event = new ConsumedEvent(id, type, payload, record);
        Object row;
        try {
            row = writer.row(event);
        } catch (RuntimeException e) {
            // the schema let it through, but a value does not convert (an id that is no UUID)
            throw new RejectedRecord(type + " cannot be read: " + e);
        }
        return new PreparedEvent(id, type, scope(event), row, record);
    }

    private Uni<Void> writeIsolatingRefusals(List<PreparedEvent> events, Route route) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return write(events, route).onFailure(BatchInbox::isDataError).recoverWithUni(() ->
                Multi.createFrom().iterable(events)
                        .onItem().transformToUniAndConcatenate(one -> write(List.of(one), route)
                                .onFailure(BatchInbox::isDataError).recoverWithUni(e ->
                                        deadLetter(one.record(), "refused by the database: " + e.getMessage())))
                        .collect().last().replaceWithVoid());
    }

    private Uni<Void> write(List<PreparedEvent> events, Route route) {
        return database.withTransaction(tx -> claim(tx, events, route).flatMap(fresh -> apply(tx, fresh, route)
                        .chain(() -> versions.mark(tx, scopes(fresh)))))
                .invoke(() -> countConsumed(events));
    }

    /** Counters are looked up once per topic and type in a batch: a lookup per event showed in profiles of a rebuild. */
    private void countConsumed(List<PreparedEvent> events) {
        Map<List<String>, Integer> counts = new HashMap<>();
        events.forEach(e -> counts.merge(List.of(e.record().topic(), e.type()), 1, Integer::sum));
        counts.forEach((key, n) -> metrics.counter("upward.events.consumed", "topic", key.get(0), "type", key.get(1))
                .increment(n));
    }

    /** Records the ids in the batch's transaction and answers only the events not applied before. */
    private Uni<List<PreparedEvent>> claim(SqlConnection tx, List<PreparedEvent> events, Route route) {
        if (!route.remembersIds()) {
            return Uni.createFrom().item(events);
        }
        // a stable order keeps two consumers claiming overlapping ids from deadlocking
        List<PreparedEvent> sorted = events.stream().sorted(java.util.Comparator.comparing(PreparedEvent::id)).toList();
        String[] ids = sorted.stream().map(PreparedEvent::id).toArray(String[]::new);
        String[] types = sorted.stream().map(PreparedEvent::type).toArray(String[]::new);
        return tx.preparedQuery(CLAIM).execute(Tuple.from(List.of(ids, types))).map(rows -> {
            Set<String> claimed = new HashSet<>();
            for (Row row : rows) {
                claimed.add(row.getString(0));
            }
            List<PreparedEvent> fresh = events.stream().filter(e -> claimed.contains(e.id())).toList();
            if (fresh.size() < events.size() && !events.isEmpty()) {
                metrics.counter("upward.events.duplicates", "topic", events.get(0).record().topic())
                        .increment(events.size() - fresh.size());
            }
            return fresh;
        });
    }

    @SuppressWarnings("unchecked") // each row was made by the writer of its event's type
    private static Uni<Void> apply(SqlConnection tx, List<PreparedEvent> events, Route route) {
        Map<String, List<Object>> byType = new TreeMap<>();
        events.forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e.row()));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, List<Object>> entry : byType.entrySet()) {
            EventWriter<Object> writer = (EventWriter<Object>) route.writers().get(entry.getKey());
            chain = chain.chain(() -> writer.write(tx, entry.getValue()));
        }
        return chain;
    }

    /**
     * The KPIs an event can change: those of the programme it names. An event that names none
     * (an HRIS record, an erasure) may change facts that every programme reads.
     */
    private static Set<UUID> scopes(List<PreparedEvent> events) {
        Set<UUID> scopes = new HashSet<>();
        events.forEach(e -> scopes.add(e.scope()));
        return scopes;
    }

    private static UUID scope(ConsumedEvent event) {
        UUID programme = null;
        try {
            programme = event.uuid("programId");
        } catch (IllegalArgumentException notAnId) {
            // a programme id the schema let through but that is not one: assume the widest effect
        }
        return programme != null ? programme : KpiVersions.SHARED;
    }

    /** A readable event reduced to what writing it needs: its row, the KPIs it changes, and its record for dead-lettering. */
    private record PreparedEvent(String id, String type, UUID scope, Object row, ConsumerRecord<String, String> record) {
    }

    private static boolean isDataError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("22") || pg.getSqlState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    private Uni<Void> deadLetter(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("dead-lettering a record from %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        metrics.counter("upward.events.dead-lettered", "topic", record.topic()).increment();
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        headers.add("dead-letter-reason", utf8(reason));
        headers.add("dead-letter-topic", utf8(record.topic()));
        headers.add("dead-letter-partition", utf8(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", utf8(Long.toString(record.offset())));
        return deadLetters.sendMessage(Message.of(record.value() == null ? "" : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(record.topic() + ".dlq." + service)
                        .withKey(record.key()).withHeaders(headers).build()));
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** A record no retry can make readable. */
    private static final class RejectedRecord extends RuntimeException {
        RejectedRecord(String message) {
            super(message, null, false, false);
        }
    }
}
