package dev.upward.analytics.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Valid payloads of the events analytics consumes, as the publishing services write them, for
 * tests and the rebuild benchmark. Each answers a record ready to send: topic, key, type, JSON.
 */
public final class Events {

    public record Event(String topic, String key, String type, String payload) {
    }

    private Events() {
    }

    public static Event programCreated(UUID programId, String name, LocalDate startsOn, LocalDate endsOn, Instant at) {
        return new Event("upward.programs.v1", programId.toString(), "upward.program.created.v1",
                "{\"programId\":\"" + programId + "\",\"name\":\"" + name + "\",\"status\":\"DRAFT\",\"startsOn\":\""
                        + startsOn + "\",\"endsOn\":\"" + endsOn + "\",\"occurredAt\":\"" + at + "\"}");
    }

    public static Event enrolled(UUID participantId, UUID programId, String employeeId, String role, String department,
                                 Integer jobLevel, Instant at) {
        return new Event("upward.participants.v1", participantId.toString(), "upward.participant.enrolled.v1",
                "{\"participantId\":\"" + participantId + "\",\"programId\":\"" + programId + "\",\"employeeId\":\""
                        + employeeId + "\",\"role\":\"" + role + "\""
                        + (department == null ? "" : ",\"department\":\"" + department + "\"")
                        + (jobLevel == null ? "" : ",\"jobLevel\":" + jobLevel)
                        + ",\"occurredAt\":\"" + at + "\"}");
    }

    public static Event withdrawn(UUID participantId, UUID programId, Instant at) {
        return new Event("upward.participants.v1", participantId.toString(), "upward.participant.withdrawn.v1",
                "{\"participantId\":\"" + participantId + "\",\"programId\":\"" + programId + "\",\"occurredAt\":\"" + at + "\"}");
    }

    public static Event erased(String employeeId, Instant at) {
        return new Event("upward.participants.v1", employeeId, "upward.person.erased.v1",
                "{\"employeeId\":\"" + employeeId + "\",\"occurredAt\":\"" + at + "\"}");
    }

    public static Event matchProposed(UUID matchId, UUID programId, UUID mentor, UUID mentee, Instant at) {
        return new Event("upward.matches.v1", matchId.toString(), "upward.match.proposed.v1",
                "{\"matchId\":\"" + matchId + "\",\"programId\":\"" + programId + "\",\"mentorParticipantId\":\"" + mentor
                        + "\",\"menteeParticipantId\":\"" + mentee + "\",\"score\":80.5,\"respondBy\":\""
                        + at.plusSeconds(7 * 86_400) + "\",\"occurredAt\":\"" + at + "\"}");
    }

    public static Event matchAccepted(UUID matchId, UUID programId, UUID mentor, UUID mentee, Instant at) {
        return new Event("upward.matches.v1", matchId.toString(), "upward.match.accepted.v1",
                "{\"matchId\":\"" + matchId + "\",\"programId\":\"" + programId + "\",\"mentorParticipantId\":\"" + mentor
                        + "\",\"menteeParticipantId\":\"" + mentee + "\",\"occurredAt\":\"" + at + "\"}");
    }

    public static Event matchDeclined(UUID matchId, UUID programId, Instant at) {
        return new Event("upward.matches.v1", matchId.toString(), "upward.match.declined.v1",
                "{\"matchId\":\"" + matchId + "\",\"programId\":\"" + programId + "\",\"declinedBy\":\"MENTEE\",\"occurredAt\":\""
                        + at + "\"}");
    }

    public static Event matchEnded(UUID matchId, UUID programId, String reason, Instant at) {
        return new Event("upward.matches.v1", matchId.toString(), "upward.match.ended.v1",
                "{\"matchId\":\"" + matchId + "\",\"programId\":\"" + programId + "\",\"reason\":\"" + reason
                        + "\",\"occurredAt\":\"" + at + "\"}");
    }

    public static Event mentorshipStarted(UUID mentorshipId, UUID matchId, UUID programId, UUID mentor, UUID mentee,
                                          Instant at) {
        return new Event("upward.mentorships.v1", mentorshipId.toString(), "upward.mentorship.started.v1",
                "{\"mentorshipId\":\"" + mentorshipId + "\",\"matchId\":\"" + matchId + "\",\"programId\":\"" + programId
                        + "\",\"mentorParticipantId\":\"" + mentor + "\",\"menteeParticipantId\":\"" + mentee
                        + "\",\"occurredAt\":\"" + at + "\"}");
    }

    public static Event mentorshipAtRisk(UUID mentorshipId, UUID programId, Instant at) {
        return new Event("upward.mentorships.v1", mentorshipId.toString(), "upward.mentorship.at-risk.v1",
                "{\"mentorshipId\":\"" + mentorshipId + "\",\"programId\":\"" + programId
                        + "\",\"weeksWithoutSession\":3,\"occurredAt\":\"" + at + "\"}");
    }

    public static Event mentorshipCompleted(UUID mentorshipId, UUID programId, Instant at) {
        return new Event("upward.mentorships.v1", mentorshipId.toString(), "upward.mentorship.completed.v1",
                "{\"mentorshipId\":\"" + mentorshipId + "\",\"programId\":\"" + programId + "\",\"occurredAt\":\"" + at + "\"}");
    }

    public static Event sessionScheduled(UUID sessionId, UUID mentorshipId, UUID programId, Instant startsAt, Instant at) {
        return new Event("upward.mentorships.v1", mentorshipId.toString(), "upward.session.scheduled.v1",
                "{\"sessionId\":\"" + sessionId + "\",\"mentorshipId\":\"" + mentorshipId + "\",\"programId\":\"" + programId
                        + "\",\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":45,\"format\":\"VIDEO\",\"occurredAt\":\""
                        + at + "\"}");
    }

    public static Event sessionCompleted(UUID sessionId, UUID mentorshipId, UUID programId, Instant at) {
        return sessionOutcome("upward.session.completed.v1", "", sessionId, mentorshipId, programId, at);
    }

    public static Event sessionCancelled(UUID sessionId, UUID mentorshipId, UUID programId, Instant at) {
        return sessionOutcome("upward.session.cancelled.v1", ",\"cancelledBy\":\"MENTEE\"", sessionId, mentorshipId,
                programId, at);
    }

    public static Event sessionMissed(UUID sessionId, UUID mentorshipId, UUID programId, Instant at) {
        return sessionOutcome("upward.session.missed.v1", ",\"missedBy\":\"BOTH\"", sessionId, mentorshipId, programId, at);
    }

    private static Event sessionOutcome(String type, String extra, UUID sessionId, UUID mentorshipId, UUID programId,
                                        Instant at) {
        return new Event("upward.mentorships.v1", mentorshipId.toString(), type,
                "{\"sessionId\":\"" + sessionId + "\",\"mentorshipId\":\"" + mentorshipId + "\",\"programId\":\"" + programId
                        + "\"" + extra + ",\"occurredAt\":\"" + at + "\"}");
    }

    public static Event feedback(UUID feedbackId, UUID sessionId, UUID mentorshipId, UUID programId, String role,
                                 int rating, Instant at) {
        return new Event("upward.feedback.v1", mentorshipId.toString(), "upward.feedback.submitted.v1",
                "{\"feedbackId\":\"" + feedbackId + "\",\"sessionId\":\"" + sessionId + "\",\"mentorshipId\":\"" + mentorshipId
                        + "\",\"programId\":\"" + programId + "\",\"role\":\"" + role + "\",\"rating\":" + rating
                        + ",\"occurredAt\":\"" + at + "\"}");
    }

    public static Event fitCheck(UUID fitCheckId, UUID mentorshipId, UUID programId, String role, boolean working,
                                 Instant at) {
        return new Event("upward.feedback.v1", mentorshipId.toString(), "upward.fit-check.submitted.v1",
                "{\"fitCheckId\":\"" + fitCheckId + "\",\"mentorshipId\":\"" + mentorshipId + "\",\"programId\":\"" + programId
                        + "\",\"role\":\"" + role + "\",\"working\":" + working + ",\"occurredAt\":\"" + at + "\"}");
    }

    /** scores: skill, score, skill, score, ... */
    public static Event assessment(UUID assessmentId, UUID participantId, UUID programId, String phase, String role,
                                   Instant at, Object... scores) {
        StringBuilder ratings = new StringBuilder();
        for (int i = 0; i < scores.length; i += 2) {
            ratings.append(i == 0 ? "" : ",").append("{\"skill\":\"").append(scores[i]).append("\",\"score\":")
                    .append(scores[i + 1]).append('}');
        }
        return new Event("upward.feedback.v1", participantId.toString(), "upward.assessment.submitted.v1",
                "{\"assessmentId\":\"" + assessmentId + "\",\"participantId\":\"" + participantId + "\",\"programId\":\""
                        + programId + "\",\"phase\":\"" + phase + "\",\"role\":\"" + role + "\",\"ratings\":[" + ratings
                        + "],\"occurredAt\":\"" + at + "\"}");
    }

    public static Event rematch(UUID mentorshipId, UUID matchId, UUID programId, Instant at) {
        return new Event("upward.feedback.v1", mentorshipId.toString(), "upward.rematch.requested.v1",
                "{\"mentorshipId\":\"" + mentorshipId + "\",\"matchId\":\"" + matchId + "\",\"programId\":\"" + programId
                        + "\",\"requestedBy\":\"MENTEE\",\"occurredAt\":\"" + at + "\"}");
    }

    /** An HRIS record (no CloudEvents headers needed); terminationDate only for EmployeeTerminated. */
    public static Event employee(String eventType, String employeeId, String department, int jobLevel, LocalDate hireDate,
                                 LocalDate terminationDate, long version) {
        return new Event("hris.employees.v1", employeeId, null,
                "{\"eventType\":\"" + eventType + "\",\"employeeId\":\"" + employeeId + "\",\"email\":\"" + employeeId.toLowerCase()
                        + "@example.com\",\"givenName\":\"Given\",\"familyName\":\"Family\",\"department\":\"" + department
                        + "\",\"jobTitle\":\"Staff\",\"jobLevel\":" + jobLevel + ",\"hireDate\":\"" + hireDate + "\""
                        + (terminationDate == null ? "" : ",\"terminationDate\":\"" + terminationDate + "\"")
                        + ",\"hrisVersion\":" + version + "}");
    }
}
