package dev.upward.feedback.domain;

/** A self-rated level in one skill, 1 (novice) to 5 (expert). */
public record SkillScore(String skill, int score) {

    public SkillScore {
        if (skill == null || skill.isBlank() || skill.length() > 100) {
            throw new IllegalArgumentException("a skill is a label of 1 to 100 characters");
        }
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a score is 1 to 5");
        }
    }
}
