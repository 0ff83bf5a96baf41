package dev.upward.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.upward.contracts.MatchingProfile.LearningGoal;
import dev.upward.contracts.MatchingProfile.SkillOffered;
import dev.upward.contracts.MatchingProfile.TimeSlot;
import dev.upward.contracts.MatchingProfile.WorkingStyle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A participant's matching facts changed. Absent (null) fields are left out of the JSON and
 * mean "unchanged". Key: the participant id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantProfileUpdated(UUID participantId, UUID programId,
                                        List<SkillOffered> skillsOffered, List<LearningGoal> learningGoals,
                                        List<String> languages, String timeZone, List<String> formats,
                                        List<TimeSlot> availability, WorkingStyle workingStyle,
                                        List<String> avoidEmployeeIds, String department, Integer jobLevel,
                                        List<String> managerChain, Instant occurredAt) {

    public static final String TYPE = "upward.participant.profile-updated.v1";
}
