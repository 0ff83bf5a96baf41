package dev.upward.analytics.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The programme's own facts (name, status, dates); the newest statement of them wins. */
@ApplicationScoped
public class ProgramWrites {

    public record ProgramState(UUID programId, String name, String status, LocalDate startsOn, LocalDate endsOn,
                                 OffsetDateTime at) {
    }

    private static final String UPSERT = """
            insert into program_kpi (program_id, name, status, starts_on, ends_on, state_at, updated_at)
            select id, name, status, starts_on, ends_on, at, now()
            from unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::date[], $5::date[], $6::timestamptz[])
                 as u(id, name, status, starts_on, ends_on, at)
            on conflict (program_id) do update set
                name = coalesce(excluded.name, program_kpi.name),
                status = excluded.status,
                starts_on = coalesce(excluded.starts_on, program_kpi.starts_on),
                ends_on = coalesce(excluded.ends_on, program_kpi.ends_on),
                state_at = excluded.state_at,
                updated_at = now()
            where program_kpi.state_at is null or program_kpi.state_at < excluded.state_at""";

    public Uni<Void> upsert(SqlConnection tx, List<ProgramState> states) {
        List<ProgramState> rows = Batches.onePerKey(states, ProgramState::programId,
                Comparator.comparing(ProgramState::at));
        return tx.preparedQuery(UPSERT).execute(Tuple.from(List.of(
                Batches.column(rows, ProgramState::programId, UUID[]::new),
                Batches.column(rows, ProgramState::name, String[]::new),
                Batches.column(rows, ProgramState::status, String[]::new),
                Batches.column(rows, ProgramState::startsOn, LocalDate[]::new),
                Batches.column(rows, ProgramState::endsOn, LocalDate[]::new),
                Batches.column(rows, ProgramState::at, OffsetDateTime[]::new)))).replaceWithVoid();
    }
}
