package dev.upward.analytics.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Ratings, fit checks and skill self-assessments. Each submission has its own id and is
 * stored once. For skill growth only the latest rating of a skill per person and phase counts,
 * so a person who re-assesses replaces their earlier answer instead of weighing twice.
 */
@ApplicationScoped
public class FeedbackWrites {

    public record Rating(UUID feedbackId, UUID sessionId, UUID mentorshipId, UUID programId, String role, int rating,
                         OffsetDateTime at) {
    }

    public record FitCheck(UUID fitCheckId, UUID mentorshipId, UUID programId, String role, boolean working,
                           OffsetDateTime at) {
    }

    public record SkillScore(String skill, int score) {
    }

    public record Assessment(UUID assessmentId, UUID participantId, UUID programId, String phase, String role,
                             List<SkillScore> scores, OffsetDateTime at) {
    }

    private static final String RATINGS = """
            insert into feedback (feedback_id, session_id, mentorship_id, program_id, role, rating, submitted_at)
            select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::varchar[], $6::int[], $7::timestamptz[])
            on conflict (feedback_id) do nothing""";

    private static final String FIT_CHECKS = """
            insert into fit_check (fit_check_id, mentorship_id, program_id, role, working, submitted_at)
            select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::bool[], $6::timestamptz[])
            on conflict (fit_check_id) do nothing""";

    private static final String ASSESSMENTS = """
            insert into assessment (assessment_id, participant_id, program_id, phase, role, submitted_at)
            select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::varchar[], $6::timestamptz[])
            on conflict (assessment_id) do nothing""";

    /** Ties of the same instant go to the greater assessment id, so the outcome is order-free. */
    private static final String SCORES = """
            insert into skill_rating (participant_id, phase, skill, program_id, role, score, rated_at, assessment_id)
            select * from unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[], $5::varchar[], $6::int[],
                                 $7::timestamptz[], $8::uuid[])
            on conflict (participant_id, phase, skill) do update set
                program_id = excluded.program_id, role = excluded.role, score = excluded.score,
                rated_at = excluded.rated_at, assessment_id = excluded.assessment_id
            where (excluded.rated_at, excluded.assessment_id) > (skill_rating.rated_at, skill_rating.assessment_id)""";

    public Uni<Void> ratings(SqlConnection tx, List<Rating> rows) {
        return Batches.run(tx, RATINGS, rows.size(), List.of(
                Batches.column(rows, Rating::feedbackId, UUID[]::new),
                Batches.column(rows, Rating::sessionId, UUID[]::new),
                Batches.column(rows, Rating::mentorshipId, UUID[]::new),
                Batches.column(rows, Rating::programId, UUID[]::new),
                Batches.column(rows, Rating::role, String[]::new),
                Batches.column(rows, Rating::rating, Integer[]::new),
                Batches.column(rows, Rating::at, OffsetDateTime[]::new)));
    }

    public Uni<Void> fitChecks(SqlConnection tx, List<FitCheck> rows) {
        return Batches.run(tx, FIT_CHECKS, rows.size(), List.of(
                Batches.column(rows, FitCheck::fitCheckId, UUID[]::new),
                Batches.column(rows, FitCheck::mentorshipId, UUID[]::new),
                Batches.column(rows, FitCheck::programId, UUID[]::new),
                Batches.column(rows, FitCheck::role, String[]::new),
                Batches.column(rows, FitCheck::working, Boolean[]::new),
                Batches.column(rows, FitCheck::at, OffsetDateTime[]::new)));
    }

    private record Score(Assessment assessment, SkillScore score) {
        String key() {
            return assessment.participantId() + "|" + assessment.phase() + "|" + score.skill();
        }
    }

    public Uni<Void> assessments(SqlConnection tx, List<Assessment> rows) {
        List<Score> scores = new ArrayList<>();
        rows.forEach(a -> a.scores().forEach(s -> scores.add(new Score(a, s))));
        List<Score> latest = Batches.onePerKey(scores, Score::key, Comparator.<Score, OffsetDateTime>comparing(s -> s.assessment().at())
                .thenComparing(s -> s.assessment().assessmentId()));
        return Batches.run(tx, ASSESSMENTS, rows.size(), List.of(
                        Batches.column(rows, Assessment::assessmentId, UUID[]::new),
                        Batches.column(rows, Assessment::participantId, UUID[]::new),
                        Batches.column(rows, Assessment::programId, UUID[]::new),
                        Batches.column(rows, Assessment::phase, String[]::new),
                        Batches.column(rows, Assessment::role, String[]::new),
                        Batches.column(rows, Assessment::at, OffsetDateTime[]::new)))
                .chain(() -> Batches.run(tx, SCORES, latest.size(), List.of(
                        Batches.column(latest, s -> s.assessment().participantId(), UUID[]::new),
                        Batches.column(latest, s -> s.assessment().phase(), String[]::new),
                        Batches.column(latest, s -> s.score().skill(), String[]::new),
                        Batches.column(latest, s -> s.assessment().programId(), UUID[]::new),
                        Batches.column(latest, s -> s.assessment().role(), String[]::new),
                        Batches.column(latest, s -> s.score().score(), Integer[]::new),
                        Batches.column(latest, s -> s.assessment().at(), OffsetDateTime[]::new),
                        Batches.column(latest, s -> s.assessment().assessmentId(), UUID[]::new))));
    }
}
