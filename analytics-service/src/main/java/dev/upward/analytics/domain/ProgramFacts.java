package dev.upward.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the projections know about one programme, already grouped where grouping loses
 * nothing the KPIs need. Role names are MENTOR and MENTEE as in the events.
 */
public record ProgramFacts(Program program, Enrolment enrolment, Matches matches,
                             List<MentorshipHistory> mentorships, Sessions sessions, Ratings ratings,
                             FitChecks fitChecks, int assessmentsSubmitted, List<SkillPairs> skills,
                             List<RetentionStratum> retention, List<Pairing> pairings) {

    public record Program(UUID programId, String name, String status, LocalDate startsOn, LocalDate endsOn,
                            Instant asOf) {
    }

    /** People per role and department (department "unknown" where neither HRIS nor enrolment said). */
    public record Enrolment(List<DepartmentCount> byRoleAndDepartment, int left, int matchedParticipants,
                            double[] daysToMatch) {
    }

    public record DepartmentCount(String role, String department, int people) {
    }

    public record Matches(int proposed, int accepted, int declined, int expired, int ended) {
    }

    /**
     * One mentorship's milestones. lastCompletedSessionAt decides whether an at-risk flag still
     * holds: a session held after it answers the alarm.
     */
    public record MentorshipHistory(Instant startedAt, Instant atRiskAt, Instant completedAt, boolean endedEarly,
                                    boolean rematchRequested, Instant firstSessionAt, Instant lastCompletedSessionAt,
                                    int sessionsCompleted) {
    }

    public record Sessions(int scheduled, int upcoming, int completed, int cancelled, int missed) {
    }

    /** Forms and distinct raters per role and rating value. */
    public record Ratings(List<RatingCount> counts, int raters, int mentorRaters, int menteeRaters) {
    }

    public record RatingCount(String role, int rating, int forms, int raters) {
    }

    public record FitChecks(int submitted, int notWorking, int respondents) {
    }

    /** Per role and skill: people with both a PRE and a POST rating, and the sums of those ratings. */
    public record SkillPairs(String role, String skill, int people, long preSum, long postSum) {
    }

    /**
     * Employees at the programme's start in one department and job level: participants and the
     * comparable others, each with how many were still employed at the end of the window.
     */
    public record RetentionStratum(String department, Integer jobLevel, int participants, int participantsRetained,
                                   int others, int othersRetained) {
    }

    public record Pairing(String mentorDepartment, String menteeDepartment, int pairs, int people) {
    }
}
