package dev.upward.analytics.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** The headline activity counts of every programme, in one statement. */
@ApplicationScoped
public class HeadlineCounts {

    /** What is counted, in the order of {@link Counts#values()}. */
    public enum Activity {
        PARTICIPANTS_ENROLLED, MATCHES_ACCEPTED, MENTORSHIPS_STARTED, SESSIONS_COMPLETED, FEEDBACK_SUBMITTED
    }

    /** One programme's counts, one per {@link Activity}. */
    public record Counts(String programId, long[] values) {
    }

    private static final String HEADLINE = """
            select k.program_id::text,
                   (select count(*) from participant p where p.program_id = k.program_id and p.enrolled_at is not null
                        and p.role is not null),
                   (select count(*) from match m where m.program_id = k.program_id and m.accepted_at is not null),
                   (select count(*) from mentorship m where m.program_id = k.program_id and m.started_at is not null),
                   (select count(*) from session s where s.program_id = k.program_id and s.status = 'COMPLETED'),
                   (select count(*) from feedback f where f.program_id = k.program_id)
            from program_kpi k""";

    private final Pool database;

    public HeadlineCounts(Pool database) {
        this.database = database;
    }

    public Uni<List<Counts>> all() {
        return database.query(HEADLINE).execute().map(rows -> {
            List<Counts> counts = new ArrayList<>(rows.size());
            for (Row row : rows) {
                long[] values = new long[Activity.values().length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getLong(i + 1);
                }
                counts.add(new Counts(row.getString(0), values));
            }
            return counts;
        });
    }
}
