package dev.upward.participant.app;

import dev.upward.participant.domain.EmployeeChange;
import dev.upward.participant.persistence.EmployeeDirectory;
import dev.upward.participant.persistence.EmployeeDirectory.ActiveParticipant;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies HRIS changes to the employee directory and, in the same transaction, what they mean
 * for programmes: a termination offboards the person's active participations, any other
 * change re-publishes the organisational facts matching relies on. Replays are harmless: a
 * change that is not newer than the stored one changes nothing and publishes nothing.
 * Batches go through the reactive SQL client, not Hibernate: HRIS loads arrive in the
 * hundreds of thousands and are written with one statement per batch.
 */
@ApplicationScoped
public class IngestHrisBatch {

    private final Pool database;
    private final EmployeeDirectory directory;
    private final ParticipantEvents events;

    public IngestHrisBatch(Pool database, EmployeeDirectory directory, ParticipantEvents events) {
        this.database = database;
        this.directory = directory;
        this.events = events;
    }

    /** How a batch went: how many employees changed, and the changes the database refused, with why. */
    public record Outcome(int changed, Map<EmployeeChange, String> refused) {
    }

    /**
     * Writes the batch in one transaction. Should the database refuse it because of one
     * change's data (a character PostgreSQL cannot store, say), the changes are written one
     * by one and the refused ones reported; any other failure (database down) fails the whole
     * call so the caller can retry.
     */
    public Uni<Outcome> applyIsolatingRefusals(List<EmployeeChange> changes) {
        return apply(changes).map(changed -> new Outcome(changed, Map.of()))
                .onFailure(IngestHrisBatch::isDataError).recoverWithUni(() -> {
                    Map<EmployeeChange, String> refused = new IdentityHashMap<>();
                    int[] changed = {0};
                    return Multi.createFrom().iterable(changes)
                            .onItem().transformToUniAndConcatenate(one -> apply(List.of(one))
                                    .invoke(n -> changed[0] += n).replaceWithVoid()
                                    .onFailure(IngestHrisBatch::isDataError).recoverWithItem(e -> {
                                        refused.put(one, "refused by the database: " + e.getMessage());
                                        return null;
                                    }))
                            .collect().last()
                            .map(ignored -> new Outcome(changed[0], refused));
                });
    }

    private static boolean isDataError(Throwable failure) {
        return failure instanceof io.vertx.pgclient.PgException pg && pg.getSqlState() != null
                && (pg.getSqlState().startsWith("22") || pg.getSqlState().startsWith("23"));
    }

    /** Answers how many employees changed (stale and repeated changes do not count). */
    public Uni<Integer> apply(List<EmployeeChange> changes) {
        Map<String, EmployeeChange> newest = EmployeeChange.newestPerEmployee(changes).stream()
                .collect(Collectors.toMap(EmployeeChange::employeeId, Function.identity()));
        return database.withTransaction(tx -> directory.upsert(tx, List.copyOf(newest.values()))
                .call(changed -> directory.activeParticipants(tx, changed)
                        .flatMap(participants -> Multi.createFrom().iterable(participants)
                                .onItem().transformToUniAndConcatenate(p -> effect(tx, p, newest.get(p.employeeId())))
                                .collect().last()))
                .map(Set::size));
    }

    private Uni<Void> effect(SqlConnection tx, ActiveParticipant participant, EmployeeChange change) {
        if (change.terminated()) {
            return directory.offboard(tx, participant.participantId()).flatMap(changed -> !changed
                    ? Uni.createFrom().voidItem()
                    : events.offboarded(tx, participant, change));
        }
        return directory.managerChain(tx, participant.employeeId())
                .flatMap(chain -> events.orgFactsChanged(tx, participant, change, chain));
    }
}
