package dev.upward.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A skills self-assessment, PRE (at enrolment) or POST (at the end). Key: the participant id. */
public record AssessmentSubmitted(UUID assessmentId, UUID participantId, UUID programId, String phase, String role,
                                  List<SkillRating> ratings, Instant occurredAt) {

    public static final String TYPE = "upward.assessment.submitted.v1";

    /** One skill rated 1 (novice) to 5 (expert). */
    public record SkillRating(String skill, int score) {
    }
}
