package dev.upward.participant.domain;

import dev.upward.commons.domain.RuleViolationException.Failure;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may enrol in a programme. Mentors are the juniors: they qualify by a low grade
 * ({@code mentorMaxJobLevel}) or a short tenure ({@code mentorMaxTenureYears}); when both
 * are set either one suffices. Mentees are the seniors and qualify by grade
 * ({@code menteeMinJobLevel}). {@code departments}, when not empty, limits both roles.
 * A rule that is not set does not restrict anyone.
 */
public record Eligibility(Integer mentorMaxJobLevel, Integer mentorMaxTenureYears, Integer menteeMinJobLevel,
                          List<String> departments) {

    public static final Eligibility ANYONE = new Eligibility(null, null, null, List.of());

    public Eligibility {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** The facts about an employee that the rules look at. */
    public record Candidate(Integer jobLevel, LocalDate hireDate, String department) {
    }

    public List<Failure> failures(ParticipantRole role, Candidate candidate, LocalDate today) {
        List<Failure> failures = new ArrayList<>();
        if (!departments.isEmpty() && !departments.contains(candidate.department())) {
            failures.add(new Failure("department", "the programme is open to " + String.join(", ", departments)
                    + " only; your department is " + (candidate.department() == null ? "unknown" : candidate.department())));
        }
        if (role == ParticipantRole.MENTOR) {
            mentorFailure(candidate, today).ifPresent(failures::add);
        } else if (menteeMinJobLevel != null
                && (candidate.jobLevel() == null || candidate.jobLevel() < menteeMinJobLevel)) {
            failures.add(new Failure("mentee-min-job-level", "mentees need job level " + menteeMinJobLevel
                    + " or above; yours is " + describe(candidate.jobLevel())));
        }
        return failures;
    }

    private java.util.Optional<Failure> mentorFailure(Candidate candidate, LocalDate today) {
        boolean levelRule = mentorMaxJobLevel != null;
        boolean tenureRule = mentorMaxTenureYears != null;
        if (!levelRule && !tenureRule) {
            return java.util.Optional.empty();
        }
        boolean levelOk = levelRule && candidate.jobLevel() != null && candidate.jobLevel() <= mentorMaxJobLevel;
        boolean tenureOk = tenureRule && candidate.hireDate() != null
                && Period.between(candidate.hireDate(), today).getYears() < mentorMaxTenureYears;
        if (levelOk || tenureOk) {
            return java.util.Optional.empty();
        }
        List<String> needs = new ArrayList<>();
        if (levelRule) {
            needs.add("job level " + mentorMaxJobLevel + " or below (yours is " + describe(candidate.jobLevel()) + ")");
        }
        if (tenureRule) {
            needs.add("less than " + mentorMaxTenureYears + " years at the company (hired "
                    + (candidate.hireDate() == null ? "on an unknown date" : candidate.hireDate().toString()) + ")");
        }
        String rule = levelRule && tenureRule ? "mentor-junior" : levelRule ? "mentor-max-job-level" : "mentor-max-tenure";
        return java.util.Optional.of(new Failure(rule, "mentors need " + String.join(" or ", needs)));
    }

    private static String describe(Integer level) {
        return level == null ? "unknown" : level.toString();
    }

    /** Contradictions an admin should hear about when saving the rules. */
    public List<Failure> inconsistencies() {
        List<Failure> problems = new ArrayList<>();
        if (mentorMaxJobLevel != null && menteeMinJobLevel != null && mentorMaxJobLevel >= menteeMinJobLevel) {
            problems.add(new Failure("eligibility.mentorMaxJobLevel",
                    "must be below menteeMinJobLevel: in reverse mentoring the mentor is the junior"));
        }
        return problems;
    }
}
