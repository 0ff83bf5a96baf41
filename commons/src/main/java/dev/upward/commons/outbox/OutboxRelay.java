package dev.upward.commons.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import io.smallrye.common.annotation.Identifier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes committed outbox rows to Kafka in commit order, as CloudEvents in binary mode.
 *
 * <p>One relay at a time per database: a transaction-scoped advisory lock elects it, so with
 * several instances running, rows are still published in order. A row is marked published
 * only after Kafka acknowledged it (acks=all, idempotent producer). If the process dies in
 * between, the row is published again on the next round with the same CloudEvents id, which
 * consumers deduplicate.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming the relay's advisory lock within one service database. */
    private static final long RELAY_LOCK = 0x5550_5741_5244L;

    private final OutboxConfig config;
    private final AgroalDataSource dataSource;
    private final String bootstrapServers;
    private final Map<String, Object> brokerConnection;
    private final Counter published;
    private final Counter failures;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();
    private volatile KafkaProducer<String, String> producer;
    private volatile long pausedUntilNanos;
    private volatile Duration backoff;
    private ScheduledExecutorService executor;

    public OutboxRelay(OutboxConfig config, AgroalDataSource dataSource, MeterRegistry registry,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @Identifier("default-kafka-broker") Instance<Map<String, Object>> brokerConfig) {
        this.config = config;
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
        this.brokerConnection = securitySettings(brokerConfig.isResolvable() ? brokerConfig.get() : Map.of());
        this.backoff = config.initialBackoff();
        this.published = Counter.builder("upward.outbox.published").description("events published from the outbox").register(registry);
        this.failures = Counter.builder("upward.outbox.failures").description("failed outbox relay rounds").register(registry);
        Gauge.builder("upward.outbox.pending", pending, AtomicLong::get).description("events committed but not yet published").register(registry);
        Gauge.builder("upward.outbox.lag.seconds", oldestPendingMillis, v -> v.get() / 1000.0)
                .description("age of the oldest unpublished event").register(registry);
    }

    /**
     * Runs the relay on its own thread with a fixed delay between rounds. (The Quarkus
     * scheduler checks its triggers once a second, too coarse for event latency.)
     */
    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::relay, 0, config.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void relay() {
        if (System.nanoTime() < pausedUntilNanos) {
            return;
        }
        try {
            int sent;
            do {
                sent = publishBatch();
            } while (sent == config.batchSize());
            backoff = config.initialBackoff();
        } catch (Exception e) { // never let one failed round end the relay thread
            failures.increment();
            LOG.warnf("outbox relay round failed, retrying in %d ms: %s", backoff.toMillis(), e.getMessage());
            pausedUntilNanos = System.nanoTime() + backoff.toNanos();
            Duration doubled = backoff.multipliedBy(2);
            backoff = doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
            closeProducer();
        }
    }

    /** Publishes up to one batch; returns how many rows were published. */
    int publishBatch() throws SQLException, Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!acquireRelayLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<Row> rows = pendingRows(connection);
                updateLagMetrics(connection);
                if (rows.isEmpty()) {
                    connection.commit();
                    return 0;
                }
                List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
                for (Row row : rows) {
                    acks.add(producer().send(toRecord(row)));
                }
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(30, TimeUnit.SECONDS);
                }
                markPublished(connection, rows);
                connection.commit();
                published.increment(rows.size());
                return rows.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static boolean acquireRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, RELAY_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private List<Row> pendingRows(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, topic, aggregate_id, type, payload, traceparent, occurred_at from outbox_event "
                        + "where published_at is null order by seq limit ?")) {
            statement.setInt(1, config.batchSize());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6), result.getTimestamp(7)));
                }
            }
        }
        return rows;
    }

    private void updateLagMetrics(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*), "
                     + "coalesce(extract(epoch from now() - min(occurred_at)) * 1000, 0) "
                     + "from outbox_event where published_at is null")) {
            if (result.next()) {
                pending.set(result.getLong(1));
                oldestPendingMillis.set(result.getLong(2));
            }
        }
    }

    private static void markPublished(Connection connection, List<Row> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update outbox_event set published_at = now() where id = ?")) {
            for (Row row : rows) {
                statement.setObject(1, row.id());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private ProducerRecord<String, String> toRecord(Row row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.aggregateId(), row.payload());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", row.id().toString());
        header(record, "ce_type", row.type());
        header(record, "ce_source", config.source());
        header(record, "ce_subject", row.aggregateId());
        header(record, "ce_time", DateTimeFormatter.ISO_INSTANT.format(row.occurredAt().toInstant()));
        header(record, "content-type", "application/json");
        if (row.traceparent() != null) {
            header(record, "traceparent", row.traceparent());
        }
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            Properties properties = new Properties();
            properties.putAll(brokerConnection);
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            properties.put(ProducerConfig.LINGER_MS_CONFIG, 2);
            properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
            properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.source().replace('/', '-') + "-outbox");
            current = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
            producer = current;
        }
        return current;
    }

    /**
     * The TLS and SASL settings the messaging channels use (kafka.security.protocol,
     * kafka.sasl.*, kafka.ssl.*, e.g. from KAFKA_SECURITY_PROTOCOL), so the relay logs in to
     * a secured broker the same way the consumers do.
     */
    static Map<String, Object> securitySettings(Map<String, Object> broker) {
        Map<String, Object> security = new HashMap<>();
        broker.forEach((key, value) -> {
            if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                security.put(key, value);
            }
        });
        return security;
    }

    private void closeProducer() {
        KafkaProducer<String, String> current = producer;
        producer = null;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    private record Row(UUID id, String topic, String aggregateId, String type, String payload, String traceparent,
                       Timestamp occurredAt) {
    }
}
