package dev.upward.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The KPIs of one programme. Counts of programme activity are plain numbers; every figure about
 * people's answers or attributes is a {@link Figure} or a cell with a {@code suppressed} flag,
 * whose value is null when fewer than five people stand behind it.
 */
public record ProgramKpis(
        UUID programId, String name, String status, LocalDate startsOn, LocalDate endsOn, Instant asOf,
        int mentorsEnrolled, int menteesEnrolled, int participantsEnrolled, int participantsLeft,
        int matchesProposed, int matchesAccepted, int matchesDeclined, int matchesExpired, int matchesEnded,
        int matchedParticipants, Double matchRate, Double acceptanceRate, Double medianDaysToMatch,
        Double medianDaysToFirstSession,
        int mentorshipsStarted, int mentorshipsActive, int mentorshipsAtRisk, int mentorshipsCompleted,
        int mentorshipsEndedEarly, Double completionRate,
        int sessionsScheduled, int sessionsUpcoming, int sessionsCompleted, int sessionsCancelled, int sessionsMissed,
        Double sessionsPerMentorship,
        int feedbackSubmitted, int fitChecksSubmitted, int assessmentsSubmitted, int rematchesRequested,
        Double rematchRate,
        Satisfaction satisfaction, Figure fitCheckFailureRate, EnrolmentByDepartment enrolmentByDepartment,
        SkillGrowth skillGrowth, Retention retention, List<PairingCell> pairingMatrix) {

    /** A value about people: null and suppressed when fewer than five people stand behind it. */
    public record Figure(Double value, boolean suppressed) {
    }

    /** A count of people with one attribute value. */
    public record CountCell(String key, Integer people, boolean suppressed) {
    }

    /** A mean over the people of one group. */
    public record MeanCell(String key, Double mean, boolean suppressed) {
    }

    /** How many forms gave each rating (1 to 5). */
    public record RatingCell(int rating, Integer forms, boolean suppressed) {
    }

    public record Satisfaction(Figure mean, List<RatingCell> distribution, List<MeanCell> byRole) {
    }

    public record EnrolmentByDepartment(List<CountCell> mentors, List<CountCell> mentees) {
    }

    public record SkillCell(String skill, Double preMean, Double postMean, Double delta, boolean suppressed) {
    }

    /** Mean change of a self-rating from PRE to POST, over every person and skill with both. */
    public record RoleSkillGrowth(Figure delta, List<SkillCell> skills) {
    }

    public record SkillGrowth(RoleSkillGrowth mentors, RoleSkillGrowth mentees) {
    }

    /**
     * Share of participants still employed at the end of the window, against the comparable
     * others of the same departments and levels, weighted to the participants' mix.
     */
    public record Retention(LocalDate from, LocalDate to, Figure participants, Figure comparison) {
    }

    public record PairingCell(String mentorDepartment, String menteeDepartment, Integer pairs, boolean suppressed) {
    }
}
