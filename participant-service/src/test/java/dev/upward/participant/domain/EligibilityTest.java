package dev.upward.participant.domain;

import dev.upward.commons.domain.RuleViolationException.Failure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private static final Eligibility RULES = new Eligibility(4, 3, 10, List.of());

    private static Eligibility.Candidate candidate(Integer level, LocalDate hired) {
        return new Eligibility.Candidate(level, hired, "Data");
    }

    @Test
    void aMentorQualifiesByLowGradeOrByShortTenure() {
        assertTrue(RULES.failures(ParticipantRole.MENTOR, candidate(4, LocalDate.of(2010, 1, 1)), TODAY).isEmpty(), "low grade");
        assertTrue(RULES.failures(ParticipantRole.MENTOR, candidate(9, LocalDate.of(2024, 6, 1)), TODAY).isEmpty(), "short tenure");
    }

    @Test
    void aSeniorLongServingMentorFailsTheNamedRule() {
        List<Failure> failures = RULES.failures(ParticipantRole.MENTOR, candidate(9, LocalDate.of(2015, 1, 1)), TODAY);
        assertEquals(1, failures.size());
        assertEquals("mentor-junior", failures.get(0).rule());
        assertTrue(failures.get(0).message().contains("job level 4 or below"), failures.get(0).message());
    }

    @Test
    void tenureIsCountedInWholeYearsUpToToday() {
        Eligibility tenureOnly = new Eligibility(null, 3, null, List.of());
        assertTrue(tenureOnly.failures(ParticipantRole.MENTOR, candidate(9, TODAY.minusYears(3).plusDays(1)), TODAY).isEmpty());
        assertEquals("mentor-max-tenure",
                tenureOnly.failures(ParticipantRole.MENTOR, candidate(9, TODAY.minusYears(3)), TODAY).get(0).rule());
    }

    @Test
    void menteesNeedTheMinimumGradeAndUnknownGradesDoNotPass() {
        assertTrue(RULES.failures(ParticipantRole.MENTEE, candidate(10, null), TODAY).isEmpty());
        assertEquals("mentee-min-job-level", RULES.failures(ParticipantRole.MENTEE, candidate(9, null), TODAY).get(0).rule());
        assertEquals("mentee-min-job-level", RULES.failures(ParticipantRole.MENTEE, candidate(null, null), TODAY).get(0).rule());
    }

    @Test
    void departmentsLimitBothRolesAndAreReportedAlongsideOtherFailures() {
        Eligibility rules = new Eligibility(null, null, 10, List.of("Sales"));
        List<Failure> failures = rules.failures(ParticipantRole.MENTEE, candidate(2, null), TODAY);
        assertEquals(List.of("department", "mentee-min-job-level"), failures.stream().map(Failure::rule).toList());
    }

    @Test
    void noRulesMeansEveryoneMayJoin() {
        assertTrue(Eligibility.ANYONE.failures(ParticipantRole.MENTOR, candidate(null, null), TODAY).isEmpty());
        assertTrue(Eligibility.ANYONE.failures(ParticipantRole.MENTEE, candidate(null, null), TODAY).isEmpty());
    }

    @Test
    void aMentorGradeAboveTheMenteeGradeContradictsReverseMentoring() {
        assertEquals(1, new Eligibility(10, null, 8, List.of()).inconsistencies().size());
        assertTrue(RULES.inconsistencies().isEmpty());
    }
}
