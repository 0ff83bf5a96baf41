package dev.upward.feedback.api;

import dev.upward.feedback.domain.Assessment;
import dev.upward.feedback.domain.Phase;
import dev.upward.feedback.domain.SkillScore;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One of my assessments as submitted. */
public record AssessmentView(UUID id, UUID programId, Phase phase, List<SkillScore> ratings, Instant submittedAt) {

    /** Null for a phase not assessed yet. */
    static AssessmentView of(Assessment a) {
        return a == null ? null : new AssessmentView(a.id(), a.programId(), a.phase(), a.ratings(), a.submittedAt());
    }
}
