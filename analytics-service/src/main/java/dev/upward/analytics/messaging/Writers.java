package dev.upward.analytics.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Adapts a persistence write over rows to an inbox writer over consumed events. */
final class Writers {

    private Writers() {
    }

    static <R> BatchInbox.EventWriter<R> mapping(Function<ConsumedEvent, R> row,
                                                BiFunction<SqlConnection, List<R>, Uni<Void>> write) {
        return new BatchInbox.EventWriter<>() {
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
}
