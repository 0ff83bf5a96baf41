package dev.upward.analytics.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A match's life as one timestamp per milestone. Each milestone happens once, so the earliest
 * report of it wins; that makes the row the same whatever order its events arrive in.
 */
@ApplicationScoped
public class MatchWrites {

    public enum Milestone {
        PROPOSED("proposed_at"), ACCEPTED("accepted_at"), DECLINED("declined_at"), EXPIRED("expired_at"),
        ENDED("ended_at");

        private final String column;

        Milestone(String column) {
            this.column = column;
        }
    }

    /** Pair and reason are null where the event does not carry them. */
    public record MatchFact(UUID matchId, UUID programId, UUID mentorParticipantId, UUID menteeParticipantId,
                            String reason, OffsetDateTime at) {
    }

    private static String upsert(Milestone milestone) {
        String column = milestone.column;
        String reason = milestone == Milestone.ENDED
                ? ", ended_reason = case when match.ended_at is null or excluded.ended_at < match.ended_at"
                  + " then excluded.ended_reason else match.ended_reason end" : "";
        return """
                insert into match (match_id, program_id, mentor_participant_id, mentee_participant_id, ended_reason, %1$s)
                select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::varchar[], $6::timestamptz[])
                on conflict (match_id) do update set
                    program_id = coalesce(match.program_id, excluded.program_id),
                    mentor_participant_id = coalesce(match.mentor_participant_id, excluded.mentor_participant_id),
                    mentee_participant_id = coalesce(match.mentee_participant_id, excluded.mentee_participant_id)%2$s,
                    %1$s = least(match.%1$s, excluded.%1$s)""".formatted(column, reason);
    }

    public Uni<Void> record(SqlConnection tx, Milestone milestone, List<MatchFact> facts) {
        List<MatchFact> rows = Batches.onePerKey(facts, MatchFact::matchId, Comparator.comparing(MatchFact::at).reversed());
        return Batches.run(tx, upsert(milestone), rows.size(), List.of(
                Batches.column(rows, MatchFact::matchId, UUID[]::new),
                Batches.column(rows, MatchFact::programId, UUID[]::new),
                Batches.column(rows, MatchFact::mentorParticipantId, UUID[]::new),
                Batches.column(rows, MatchFact::menteeParticipantId, UUID[]::new),
                Batches.column(rows, f -> milestone == Milestone.ENDED ? f.reason() : null, String[]::new),
                Batches.column(rows, MatchFact::at, OffsetDateTime[]::new)));
    }
}
