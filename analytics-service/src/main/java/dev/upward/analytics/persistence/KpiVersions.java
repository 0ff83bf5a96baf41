package dev.upward.analytics.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Change marks of the facts behind the KPIs. Every batch transaction that writes projection rows
 * marks the programmes it wrote (or {@link #SHARED}) with a fresh value, in the same transaction,
 * so a reader that sees the marks unchanged knows that nothing its KPIs depend on has changed.
 * The marks live in the database, not in memory, because the partitions of a topic may be
 * consumed by another instance than the one answering the request.
 */
@ApplicationScoped
public class KpiVersions {

    /** The scope of facts every programme reads: HRIS records and erasures. */
    public static final UUID SHARED = new UUID(0, 0);

    /**
     * The row lock on each scope is held until the batch commits, so the marks are written last
     * and in a fixed order: two consumers touching the same programmes then queue instead of
     * deadlocking.
     */
    private static final String MARK = """
            insert into kpi_version (scope, version)
            select s, nextval('kpi_change') from unnest($1::uuid[]) with ordinality as u(s, n) order by n
            on conflict (scope) do update set version = excluded.version""";

    private static final String READ = """
            select coalesce(max(version) filter (where scope = $1), 0), coalesce(max(version) filter (where scope = $2), 0)
            from kpi_version where scope in ($1, $2)""";

    /** The marks a programme's KPIs depend on; 0 for a scope never marked. */
    public record Version(long program, long shared) {
    }

    private final Pool database;

    public KpiVersions(Pool database) {
        this.database = database;
    }

    public Uni<Void> mark(SqlConnection tx, Collection<UUID> scopes) {
        UUID[] sorted = new TreeSet<>(scopes).toArray(UUID[]::new);
        return Batches.run(tx, MARK, sorted.length, java.util.List.of((Object) sorted));
    }

    public Uni<Version> of(UUID programId) {
        return database.preparedQuery(READ).execute(Tuple.of(programId, SHARED)).map(rows -> {
            var row = rows.iterator().next();
            return new Version(row.getLong(0), row.getLong(1));
        });
    }
}
