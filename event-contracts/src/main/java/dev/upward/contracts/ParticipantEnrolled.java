package dev.upward.contracts;

import dev.upward.contracts.MatchingProfile.LearningGoal;
import dev.upward.contracts.MatchingProfile.SkillOffered;
import dev.upward.contracts.MatchingProfile.TimeSlot;
import dev.upward.contracts.MatchingProfile.WorkingStyle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An employee joined a programme as mentor or mentee; absent facts are left out. Key: the participant id. */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record ParticipantEnrolled(UUID participantId, UUID programId, String employeeId, String role,
                                  String department, Integer jobLevel, List<String> managerChain, LocalDate hireDate,
                                  List<SkillOffered> skillsOffered, List<LearningGoal> learningGoals,
                                  List<String> languages, String timeZone, List<String> formats,
                                  List<TimeSlot> availability, WorkingStyle workingStyle,
                                  List<String> avoidEmployeeIds, Instant occurredAt) {

    public static final String TYPE = "upward.participant.enrolled.v1";
}
