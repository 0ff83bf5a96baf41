package dev.upward.analytics.domain;

import dev.upward.analytics.domain.ProgramFacts.DepartmentCount;
import dev.upward.analytics.domain.ProgramFacts.MentorshipHistory;
import dev.upward.analytics.domain.ProgramFacts.Pairing;
import dev.upward.analytics.domain.ProgramFacts.RatingCount;
import dev.upward.analytics.domain.ProgramFacts.RetentionStratum;
import dev.upward.analytics.domain.ProgramFacts.SkillPairs;
import dev.upward.analytics.domain.ProgramKpis.Figure;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every figure below is worked out by hand from the fixture, in the comment next to it. */
class KpiCalculatorTest {

    private static final Instant DAY0 = Instant.parse("2027-01-11T00:00:00Z");

    private static Instant day(double d) {
        return DAY0.plusSeconds((long) (d * 86_400));
    }

    private static ProgramFacts fixture() {
        return new ProgramFacts(
                new ProgramFacts.Program(UUID.randomUUID(), "Fixture", "LAUNCHED", LocalDate.parse("2027-01-11"),
                        LocalDate.parse("2027-07-09"), DAY0),
                new ProgramFacts.Enrolment(List.of(new DepartmentCount("MENTOR", "Data", 6),
                        new DepartmentCount("MENTOR", "Sales", 2), new DepartmentCount("MENTEE", "Board", 7)),
                        1, 10, new double[] {3, 1, 10, 2}),
                new ProgramFacts.Matches(8, 5, 2, 1, 1),
                List.of(
                        // completed; first session 2 days after the start
                        new MentorshipHistory(day(0), null, day(100), false, false, day(2), day(90), 6),
                        // ended early after a rematch request; first session after 4 days
                        new MentorshipHistory(day(0), null, null, true, true, day(4), day(4), 1),
                        // flagged at risk after its last session
                        new MentorshipHistory(day(0), day(40), null, false, false, day(6), day(10), 3),
                        // flagged, then a session answered the alarm; never a first session recorded before
                        new MentorshipHistory(day(0), day(40), null, false, false, null, day(45), 0),
                        // only a rematch request is known: not a started mentorship yet
                        new MentorshipHistory(null, null, null, false, true, null, null, 0)),
                new ProgramFacts.Sessions(14, 2, 10, 1, 1),
                new ProgramFacts.Ratings(List.of(new RatingCount("MENTOR", 5, 4, 3), new RatingCount("MENTOR", 4, 2, 2),
                        new RatingCount("MENTEE", 3, 3, 3), new RatingCount("MENTEE", 1, 1, 1)), 9, 5, 4),
                new ProgramFacts.FitChecks(6, 2, 6), 16,
                List.of(new SkillPairs("MENTEE", "ai", 6, 12, 24), new SkillPairs("MENTEE", "social-media", 2, 4, 8)),
                List.of(new RetentionStratum("Data", 3, 5, 5, 10, 5), new RetentionStratum("Sales", 2, 3, 2, 6, 6),
                        new RetentionStratum("Board", 12, 0, 0, 40, 30)),
                List.of(new Pairing("Data", "Board", 4, 8), new Pairing("Sales", "Board", 1, 2)));
    }

    private static ProgramKpis kpis() {
        return KpiCalculator.compute(fixture(), Optional.of(new RetentionWindow(LocalDate.parse("2027-01-11"),
                LocalDate.parse("2027-07-09"))));
    }

    @Test
    void activityCountsAndTheRatesBuiltFromThem() {
        ProgramKpis k = kpis();
        assertEquals(8, k.mentorsEnrolled());
        assertEquals(7, k.menteesEnrolled());
        assertEquals(15, k.participantsEnrolled());
        assertEquals(0.6667, k.matchRate());          // 10 matched of 15 enrolled
        assertEquals(0.625, k.acceptanceRate());      // 5 accepted of 5 + 2 + 1 decided
        assertEquals(2.5, k.medianDaysToMatch());     // 1, 2, 3, 10
        assertEquals(4.0, k.medianDaysToFirstSession()); // 2, 4, 6
        assertEquals(4, k.mentorshipsStarted());
        assertEquals(1, k.mentorshipsCompleted());
        assertEquals(1, k.mentorshipsEndedEarly());
        assertEquals(1, k.mentorshipsAtRisk());
        assertEquals(1, k.mentorshipsActive());
        assertEquals(0.25, k.completionRate());       // 1 of 4
        assertEquals(2.5, k.sessionsPerMentorship()); // 10 held over 4
        assertEquals(1, k.rematchesRequested());
        assertEquals(0.25, k.rematchRate());
        assertEquals(10, k.feedbackSubmitted());      // 4 + 2 + 3 + 1 forms
        assertEquals(16, k.assessmentsSubmitted());
    }

    @Test
    void satisfactionIsShownOverNineRatersButNotItsSmallCells() {
        ProgramKpis.Satisfaction s = kpis().satisfaction();
        assertEquals(new Figure(3.8, false), s.mean()); // (5*4 + 4*2 + 3*3 + 1*1) / 10
        // raters per rating 1..5 are 1, 0, 3, 2, 3: every non-empty cell is below five
        assertEquals(List.of(true, false, true, true, true), s.distribution().stream().map(ProgramKpis.RatingCell::suppressed).toList());
        assertEquals(0, s.distribution().get(1).forms());
        // five mentor raters would be enough, but four mentees are not, and the overall mean would give them away
        assertTrue(s.byRole().stream().allMatch(ProgramKpis.MeanCell::suppressed));
    }

    @Test
    void fitCheckFailuresAndSkillGrowth() {
        ProgramKpis k = kpis();
        assertEquals(new Figure(0.3333, false), k.fitCheckFailureRate()); // 2 of 6
        ProgramKpis.RoleSkillGrowth mentees = k.skillGrowth().mentees();
        assertEquals(new Figure(2.0, false), mentees.delta()); // (24 - 12 + 8 - 4) / (6 + 2)
        // social-media has two people; ai must go with it or the overall delta reveals it
        assertTrue(mentees.skills().stream().allMatch(ProgramKpis.SkillCell::suppressed));
        assertEquals(new Figure(null, false), k.skillGrowth().mentors().delta());
    }

    @Test
    void retentionAgainstOthersOfTheSameDepartmentsAndLevels() {
        ProgramKpis.Retention r = kpis().retention();
        assertEquals(new Figure(0.875, false), r.participants()); // 7 of 8 still employed
        // Data: others keep 5 of 10 and weigh 5 participants; Sales: 6 of 6 weighing 3; Board has no participants
        assertEquals(new Figure(0.6875, false), r.comparison()); // (5 * 0.5 + 3 * 1.0) / 8
    }

    @Test
    void breakdownsByDepartmentHideSmallCellsAndTheirComplements() {
        ProgramKpis k = kpis();
        assertEquals(List.of(true, true), k.enrolmentByDepartment().mentors().stream()
                .map(ProgramKpis.CountCell::suppressed).toList()); // Sales 2, so Data 6 too
        assertEquals(7, k.enrolmentByDepartment().mentees().get(0).people());
        assertTrue(k.pairingMatrix().stream().allMatch(ProgramKpis.PairingCell::suppressed));
        assertNull(k.pairingMatrix().get(0).pairs());
    }

    @Test
    void fewerThanFivePeopleHideRetentionAndSatisfactionAltogether() {
        ProgramFacts f = fixture();
        ProgramFacts small = new ProgramFacts(f.program(), f.enrolment(), f.matches(), f.mentorships(), f.sessions(),
                new ProgramFacts.Ratings(List.of(new RatingCount("MENTOR", 5, 3, 2), new RatingCount("MENTEE", 2, 2, 2)),
                        4, 2, 2),
                new ProgramFacts.FitChecks(2, 1, 2), 0, List.of(),
                List.of(new RetentionStratum("Data", 3, 4, 4, 3, 1)), List.of());
        ProgramKpis k = KpiCalculator.compute(small, Optional.of(new RetentionWindow(LocalDate.parse("2027-01-11"),
                LocalDate.parse("2027-07-09"))));
        assertEquals(new Figure(null, true), k.satisfaction().mean());
        assertTrue(k.satisfaction().distribution().stream().filter(c -> c.rating() == 5 || c.rating() == 2)
                .allMatch(ProgramKpis.RatingCell::suppressed));
        assertEquals(new Figure(null, true), k.fitCheckFailureRate());
        assertEquals(new Figure(null, true), k.retention().participants());
        assertEquals(new Figure(null, true), k.retention().comparison());
        assertEquals(5, k.feedbackSubmitted()); // the number of forms stays: it is programme activity
    }

    @Test
    void aProgramThatHasNotStartedHasNoRetentionWindow() {
        assertEquals(Optional.empty(), RetentionWindow.of(LocalDate.parse("2027-02-01"), null, LocalDate.parse("2027-01-15")));
        assertEquals(Optional.of(new RetentionWindow(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-15"))),
                RetentionWindow.of(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-06-30"), LocalDate.parse("2027-01-15")));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddlePair() {
        assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}));
        assertEquals(3.0, Stats.median(new double[] {5, 3, 1}));
        assertNull(Stats.median(new double[0]));
        assertNull(Stats.ratio(3, 0));
    }

    @Test
    void weeklyMeansAreSuppressedLikeAnyOtherBreakdown() {
        LocalDate w1 = LocalDate.parse("2027-01-11");
        LocalDate w2 = LocalDate.parse("2027-01-18");
        List<WeeklySeries.Week> weeks = WeeklySeries.of(w1.plusDays(2), w2.plusWeeks(1),
                List.of(new WeeklySeries.Count(w1, WeeklySeries.Metric.SESSIONS_COMPLETED, 4),
                        new WeeklySeries.Count(w2.plusDays(3), WeeklySeries.Metric.FEEDBACK_SUBMITTED, 3)),
                List.of(new WeeklySeries.WeekRatings(w1, 7, 28, 6), new WeeklySeries.WeekRatings(w2, 3, 9, 2)), 8);
        assertEquals(3, weeks.size());
        assertEquals(w1, weeks.get(0).weekStart());
        assertEquals(4, weeks.get(0).sessionsCompleted());
        assertEquals(3, weeks.get(1).feedbackSubmitted());
        // week two has two raters; week one (six) goes with it, or the overall mean would reveal week two
        assertEquals(new Figure(null, true), weeks.get(0).satisfaction());
        assertEquals(new Figure(null, true), weeks.get(1).satisfaction());
        assertEquals(new Figure(null, false), weeks.get(2).satisfaction());
    }
}
