package dev.upward.analytics.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What one topic's batches do: how a record is typed, the writer per type, extra checks per type
 * the schema cannot express, and whether applied ids are remembered.
 */
record EventRoute(TypeOf typeOf, Map<String, EventWriter<?>> writers, Map<String, Consumer<JsonNode>> checks,
                  boolean remembersIds) {

    /** Finds a record's event type; answers null for a record that carries none. */
    @FunctionalInterface
    interface TypeOf {
        String of(ConsumerRecord<String, String> record, JsonNode payload);
    }

    /**
     * Applies the events of one type, all in the batch's transaction. An event is turned into
     * its row as soon as it is read, so a batch waiting for the database holds compact rows
     * rather than parsed JSON trees: during a rebuild many batches wait at once, and their
     * trees made up most of the live heap the collector had to copy.
     */
    interface EventWriter<R> {
        R row(ConsumedEvent event);

        Uni<Void> write(SqlConnection tx, List<R> rows);
    }

    /** Adapts a persistence write over rows to a writer over consumed events. */
    static <R> EventWriter<R> writer(Function<ConsumedEvent, R> row, BiFunction<SqlConnection, List<R>, Uni<Void>> write) {
        return new EventWriter<>() {
            @Override
            public R row(ConsumedEvent event) {
                return row.apply(event);
            }

            @Override
            public Uni<Void> write(SqlConnection tx, List<R> rows) {
                return write.apply(tx, rows);
            }
        };
    }

    /** The type a CloudEvent declares in its binary-mode header. */
    static String cloudEventType(ConsumerRecord<String, String> record, JsonNode payload) {
        return header(record, "ce_type");
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
