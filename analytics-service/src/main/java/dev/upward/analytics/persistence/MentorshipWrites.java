package dev.upward.analytics.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Mentorships and their sessions. Milestones that happen once keep their earliest report;
 * the at-risk flag keeps its latest, since it is raised again while a pair stays idle. A
 * session's status is the newest statement about it (a reschedule after a cancellation
 * reopens it), with a fixed rank breaking ties between statements of the same instant.
 */
@ApplicationScoped
public class MentorshipWrites {

    public enum Milestone {
        STARTED("started_at", false), AT_RISK("at_risk_at", true), COMPLETED("completed_at", false),
        REMATCH_REQUESTED("rematch_requested_at", false);

        private final String column;
        private final boolean latestWins;

        Milestone(String column, boolean latestWins) {
            this.column = column;
            this.latestWins = latestWins;
        }
    }

    public record MentorshipFact(UUID mentorshipId, UUID programId, UUID matchId, UUID mentorParticipantId,
                                 UUID menteeParticipantId, OffsetDateTime at) {
    }

    public enum SessionStatus {
        SCHEDULED(0), MISSED(1), CANCELLED(2), COMPLETED(3);

        private final int rank;

        SessionStatus(int rank) {
            this.rank = rank;
        }
    }

    /** startsAt only for SCHEDULED. */
    public record SessionFact(UUID sessionId, UUID mentorshipId, UUID programId, SessionStatus status,
                              OffsetDateTime startsAt, OffsetDateTime at) {
    }

    private static String upsert(Milestone milestone) {
        return """
                insert into mentorship (mentorship_id, program_id, match_id, mentor_participant_id, mentee_participant_id, %1$s)
                select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::timestamptz[])
                on conflict (mentorship_id) do update set
                    program_id = coalesce(mentorship.program_id, excluded.program_id),
                    match_id = coalesce(mentorship.match_id, excluded.match_id),
                    mentor_participant_id = coalesce(mentorship.mentor_participant_id, excluded.mentor_participant_id),
                    mentee_participant_id = coalesce(mentorship.mentee_participant_id, excluded.mentee_participant_id),
                    %1$s = %2$s(mentorship.%1$s, excluded.%1$s)""".formatted(milestone.column,
                milestone.latestWins ? "greatest" : "least");
    }

    private static final String SESSION = """
            insert into session (session_id, mentorship_id, program_id, status, status_rank, status_at, starts_at,
                                 scheduled_at, completed_at)
            select id, mentorship, program, status, rank, at, starts_at,
                   case when status = 'SCHEDULED' then at end, case when status = 'COMPLETED' then at end
            from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::int[], $6::timestamptz[], $7::timestamptz[])
                 as u(id, mentorship, program, status, rank, at, starts_at)
            on conflict (session_id) do update set
                mentorship_id = coalesce(session.mentorship_id, excluded.mentorship_id),
                program_id = coalesce(session.program_id, excluded.program_id),
                starts_at = case when excluded.scheduled_at is not null
                                  and (session.scheduled_at is null or excluded.scheduled_at > session.scheduled_at)
                                 then excluded.starts_at else session.starts_at end,
                scheduled_at = greatest(session.scheduled_at, excluded.scheduled_at),
                completed_at = least(session.completed_at, excluded.completed_at),
                status = case when session.status_at is null
                                   or (excluded.status_at, excluded.status_rank) > (session.status_at, session.status_rank)
                              then excluded.status else session.status end,
                status_rank = case when session.status_at is null
                                   or (excluded.status_at, excluded.status_rank) > (session.status_at, session.status_rank)
                              then excluded.status_rank else session.status_rank end,
                status_at = greatest(session.status_at, excluded.status_at)""";

    public Uni<Void> record(SqlConnection tx, Milestone milestone, List<MentorshipFact> facts) {
        Comparator<MentorshipFact> byTime = Comparator.comparing(MentorshipFact::at);
        List<MentorshipFact> rows = Batches.onePerKey(facts, MentorshipFact::mentorshipId,
                milestone.latestWins ? byTime : byTime.reversed());
        return Batches.run(tx, upsert(milestone), rows.size(), List.of(
                Batches.column(rows, MentorshipFact::mentorshipId, UUID[]::new),
                Batches.column(rows, MentorshipFact::programId, UUID[]::new),
                Batches.column(rows, MentorshipFact::matchId, UUID[]::new),
                Batches.column(rows, MentorshipFact::mentorParticipantId, UUID[]::new),
                Batches.column(rows, MentorshipFact::menteeParticipantId, UUID[]::new),
                Batches.column(rows, MentorshipFact::at, OffsetDateTime[]::new)));
    }

    /**
     * Several statements about one session in a batch are applied one statement per round, in
     * the order of their time, so each sees the one before, exactly as if they came one by one.
     */
    public Uni<Void> sessions(SqlConnection tx, List<SessionFact> facts) {
        if (facts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<SessionFact> ordered = facts.stream()
                .sorted(Comparator.comparing(SessionFact::at).thenComparing(f -> f.status().rank)).toList();
        java.util.Map<UUID, Integer> seen = new java.util.HashMap<>();
        List<List<SessionFact>> rounds = new java.util.ArrayList<>();
        for (SessionFact fact : ordered) {
            int round = seen.merge(fact.sessionId(), 0, (a, b) -> a + 1);
            if (rounds.size() <= round) {
                rounds.add(new java.util.ArrayList<>());
            }
            rounds.get(round).add(fact);
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (List<SessionFact> rows : rounds) {
            chain = chain.chain(() -> Batches.run(tx, SESSION, rows.size(), List.of(
                    Batches.column(rows, SessionFact::sessionId, UUID[]::new),
                    Batches.column(rows, SessionFact::mentorshipId, UUID[]::new),
                    Batches.column(rows, SessionFact::programId, UUID[]::new),
                    Batches.column(rows, f -> f.status().name(), String[]::new),
                    Batches.column(rows, f -> f.status().rank, Integer[]::new),
                    Batches.column(rows, SessionFact::at, OffsetDateTime[]::new),
                    Batches.column(rows, SessionFact::startsAt, OffsetDateTime[]::new))));
        }
        return chain;
    }
}
