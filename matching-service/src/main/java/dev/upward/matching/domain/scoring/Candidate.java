package dev.upward.matching.domain.scoring;

import dev.upward.contracts.MatchingProfile.LearningGoal;
import dev.upward.contracts.MatchingProfile.SkillOffered;
import dev.upward.contracts.MatchingProfile.TimeSlot;
import dev.upward.contracts.MatchingProfile.WorkingStyle;

import java.util.List;
import java.util.UUID;

/** What matching knows about one participant, as the participant events told it. */
public record Candidate(UUID participantId, String employeeId, String department, Integer jobLevel,
                        List<String> managerChain, List<String> languages, String timeZone, List<String> formats,
                        List<TimeSlot> availability, List<SkillOffered> skillsOffered,
                        List<LearningGoal> learningGoals, WorkingStyle workingStyle, List<String> avoidEmployeeIds) {

    public Candidate {
        managerChain = managerChain == null ? List.of() : List.copyOf(managerChain);
        languages = languages == null ? List.of() : List.copyOf(languages);
        formats = formats == null ? List.of() : List.copyOf(formats);
        availability = availability == null ? List.of() : List.copyOf(availability);
        skillsOffered = skillsOffered == null ? List.of() : List.copyOf(skillsOffered);
        learningGoals = learningGoals == null ? List.of() : List.copyOf(learningGoals);
        avoidEmployeeIds = avoidEmployeeIds == null ? List.of() : List.copyOf(avoidEmployeeIds);
    }
}
