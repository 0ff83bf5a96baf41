package dev.upward.contracts;

import java.util.List;

/**
 * The parts of a participant's profile that matching scores on, shared by the participant
 * events. Proficiency and priority run from 1 to 5; times are local to the participant's
 * time zone.
 */
public final class MatchingProfile {

    public record SkillOffered(String skill, int proficiency) {
    }

    public record LearningGoal(String skill, int priority) {
    }

    public record TimeSlot(String day, String start, String end) {
    }

    /** Likert answers 1-5; null when the item was not answered. */
    public record WorkingStyle(Integer structure, Integer directness, Integer pace, Integer formality,
                               Integer asyncPreference) {
    }

    public static final List<String> FORMATS = List.of("IN_PERSON", "VIDEO", "WORKSHOP");

    private MatchingProfile() {
    }
}
