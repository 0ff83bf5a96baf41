package dev.upward.analytics.persistence;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One upsert statement may touch a row only once, so a batch that holds two facts about the
 * same entity is reduced first, keeping the fact the statement itself would keep.
 */
final class Batches {

    private Batches() {
    }

    static <T, K> List<T> onePerKey(Collection<T> rows, Function<T, K> key, Comparator<T> keepGreatest) {
        Map<K, T> kept = new LinkedHashMap<>();
        for (T row : rows) {
            kept.merge(key.apply(row), row, (a, b) -> keepGreatest.compare(a, b) >= 0 ? a : b);
        }
        return List.copyOf(kept.values());
    }

    /** Runs one statement over column arrays; an empty batch costs no round trip. */
    static io.smallrye.mutiny.Uni<Void> run(io.vertx.mutiny.sqlclient.SqlConnection tx, String sql, int rows,
                                            List<Object> columns) {
        if (rows == 0) {
            return io.smallrye.mutiny.Uni.createFrom().voidItem();
        }
        return tx.preparedQuery(sql).execute(io.vertx.mutiny.sqlclient.Tuple.from(columns)).replaceWithVoid();
    }

    static <T, R> R[] column(List<T> rows, Function<T, R> value, java.util.function.IntFunction<R[]> array) {
        return rows.stream().map(value).toArray(array);
    }
}
