package dev.upward.analytics.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upward.analytics.app.RecordReader.Prepared;
import dev.upward.analytics.persistence.KpiVersions;
import dev.upward.commons.messaging.BatchDeadLetters;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

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
public class RecordEventBatch {

    private static final Logger LOG = Logger.getLogger(RecordEventBatch.class);

    private static final String CLAIM = """
            insert into processed_event (event_id, event_type, processed_at)
            select id, type, now() from unnest($1::varchar[], $2::varchar[]) as e(id, type)
            on conflict (event_id) do nothing
            returning event_id""";

    private final Pool database;
    private final RecordReader reader;
    private final BatchDeadLetters deadLetters;
    private final MeterRegistry metrics;
    private final KpiVersions versions;

    public RecordEventBatch(Pool database, ObjectMapper json, @Channel("dead-letters") MutinyEmitter<String> deadLetters,
                            MeterRegistry metrics, @ConfigProperty(name = "quarkus.application.name") String service,
                            KpiVersions versions) {
        this.database = database;
        this.versions = versions;
        this.reader = new RecordReader(json, metrics);
        this.deadLetters = new BatchDeadLetters(deadLetters, service);
        this.metrics = metrics;
    }

    public Uni<Void> handle(ConsumerRecords<String, String> records, EventRoute route) {
        Map<String, Prepared> readable = new LinkedHashMap<>();
        List<Uni<Void>> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                Prepared event = reader.read(record, route);
                if (event != null) {
                    // a duplicate inside one batch is the same event delivered twice: apply it once
                    if (readable.putIfAbsent(event.id(), event) != null) {
                        metrics.counter("upward.events.duplicates", "topic", record.topic()).increment();
                    }
                }
            } catch (RecordReader.Rejected e) {
                rejected.add(deadLetter(record, e.getMessage()));
            }
        }
        Uni<Void> sentAside = rejected.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(rejected).andFailFast().replaceWithVoid();
        List<Prepared> events = List.copyOf(readable.values());
        return sentAside.chain(() -> writeIsolatingRefusals(events, route)
                .onFailure().invoke(e -> LOG.warnf("batch of %d events not written, retrying: %s", events.size(), e.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(30)).indefinitely());
    }

    private Uni<Void> writeIsolatingRefusals(List<Prepared> events, EventRoute route) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return write(events, route).onFailure(RecordEventBatch::isDataError).recoverWithUni(() ->
                Multi.createFrom().iterable(events)
                        .onItem().transformToUniAndConcatenate(one -> write(List.of(one), route)
                                .onFailure(RecordEventBatch::isDataError).recoverWithUni(e ->
                                        deadLetter(one.record(), "refused by the database: " + e.getMessage())))
                        .collect().last().replaceWithVoid());
    }

    private Uni<Void> write(List<Prepared> events, EventRoute route) {
        return database.withTransaction(tx -> claim(tx, events, route).flatMap(fresh -> apply(tx, fresh, route)
                        .chain(() -> versions.mark(tx, scopes(fresh)))))
                .invoke(() -> countConsumed(events));
    }

    /** Counters are looked up once per topic and type in a batch: a lookup per event showed in profiles of a rebuild. */
    private void countConsumed(List<Prepared> events) {
        Map<List<String>, Integer> counts = new HashMap<>();
        events.forEach(e -> counts.merge(List.of(e.record().topic(), e.type()), 1, Integer::sum));
        counts.forEach((key, n) -> metrics.counter("upward.events.consumed", "topic", key.get(0), "type", key.get(1))
                .increment(n));
    }

    /** Records the ids in the batch's transaction and answers only the events not applied before. */
    private Uni<List<Prepared>> claim(SqlConnection tx, List<Prepared> events, EventRoute route) {
        if (!route.remembersIds()) {
            return Uni.createFrom().item(events);
        }
        // a stable order keeps two consumers claiming overlapping ids from deadlocking
        List<Prepared> sorted = events.stream().sorted(Comparator.comparing(Prepared::id)).toList();
        String[] ids = sorted.stream().map(Prepared::id).toArray(String[]::new);
        String[] types = sorted.stream().map(Prepared::type).toArray(String[]::new);
        return tx.preparedQuery(CLAIM).execute(Tuple.from(List.of(ids, types))).map(rows -> {
            Set<String> claimed = new HashSet<>();
            for (Row row : rows) {
                claimed.add(row.getString(0));
            }
            List<Prepared> fresh = events.stream().filter(e -> claimed.contains(e.id())).toList();
            if (fresh.size() < events.size() && !events.isEmpty()) {
                metrics.counter("upward.events.duplicates", "topic", events.get(0).record().topic())
                        .increment(events.size() - fresh.size());
            }
            return fresh;
        });
    }

    @SuppressWarnings("unchecked") // each row was made by the writer of its event's type
    private static Uni<Void> apply(SqlConnection tx, List<Prepared> events, EventRoute route) {
        Map<String, List<Object>> byType = new TreeMap<>();
        events.forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e.row()));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, List<Object>> entry : byType.entrySet()) {
            EventRoute.EventWriter<Object> writer = (EventRoute.EventWriter<Object>) route.writers().get(entry.getKey());
            chain = chain.chain(() -> writer.write(tx, entry.getValue()));
        }
        return chain;
    }

    /** The programmes (or {@link KpiVersions#SHARED}) whose KPIs the batch changes. */
    private static Set<UUID> scopes(List<Prepared> events) {
        Set<UUID> scopes = new HashSet<>();
        events.forEach(e -> scopes.add(e.scope()));
        return scopes;
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
        return deadLetters.send(record, reason);
    }
}
