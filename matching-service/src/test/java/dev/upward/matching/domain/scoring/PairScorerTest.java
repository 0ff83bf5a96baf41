package dev.upward.matching.domain.scoring;

import dev.upward.contracts.MatchingProfile.LearningGoal;
import dev.upward.contracts.MatchingProfile.SkillOffered;
import dev.upward.contracts.MatchingProfile.TimeSlot;
import dev.upward.contracts.MatchingProfile.WorkingStyle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairScorerTest {

    static final LocalDate WINTER = LocalDate.of(2027, 1, 13);

    static Candidate person(String id, String department, int level, List<String> chain, List<String> languages,
                            String zone, List<TimeSlot> slots, List<SkillOffered> offered, List<LearningGoal> goals,
                            List<String> avoid) {
        return new Candidate(UUID.randomUUID(), id, department, level, chain, languages, zone, List.of("VIDEO"), slots,
                offered, goals, new WorkingStyle(3, 3, 3, 3, 3), avoid);
    }

    static Candidate junior(String id) {
        return person(id, "Engineering", 3, List.of("M1"), List.of("en"), "Europe/Berlin",
                List.of(new TimeSlot("MONDAY", "09:00", "11:00")), List.of(new SkillOffered("ai", 5)), List.of(), List.of());
    }

    static Candidate senior(String id) {
        return person(id, "Sales", 12, List.of("CEO"), List.of("en", "de"), "Europe/London",
                List.of(new TimeSlot("MONDAY", "08:00", "10:00")), List.of(), List.of(new LearningGoal("ai", 5)), List.of());
    }

    private static PairScorer scorer(Set<String> previous) {
        return new PairScorer(ScoringWeights.DEFAULT, HardRules.DEFAULT, List.of("ai"), previous, WINTER);
    }

    @Test
    void aGoodPairScoresHighAndItsContributionsAddUpToTheScore() {
        PairEvaluation e = scorer(Set.of()).evaluate(junior("J1"), senior("S1"));
        assertTrue(e.allowed(), e.brokenRules().toString());
        assertEquals(e.scoreMicros(), e.contributionsMicros().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(35_000_000, e.contributionsMicros().get(Factor.SKILLS), "the mentor teaches exactly what is wanted");
        assertEquals(Factor.SKILLS, e.topFactors(1).get(0));
        // Berlin 09:00-11:00 and London 08:00-10:00 are the same two hours in winter
        assertEquals(20_000_000, e.contributionsMicros().get(Factor.AVAILABILITY));
        assertTrue(e.nearMisses().contains("only one common language (en)"), e.nearMisses().toString());
    }

    @Test
    void everyHardRuleForbidsAndSaysWhy() {
        PairScorer scorer = scorer(Set.of(PairScorer.pairKey("J1", "S9")));
        Candidate j = junior("J1");
        assertFalse(scorer.evaluate(j, person("S2", "Sales", 4, List.of(), List.of("en"), null, List.of(), List.of(),
                List.of(), List.of())).allowed(), "level gap");
        assertTrue(scorer.evaluate(j, person("S3", "Engineering", 12, List.of(), List.of("en"), null, List.of(),
                List.of(), List.of(), List.of())).brokenRules().get(0).startsWith("different departments"));
        assertTrue(scorer.evaluate(person("J2", "Data", 3, List.of("S4", "CEO"), List.of("en"), null, List.of(), List.of(),
                List.of(), List.of()), senior("S4")).brokenRules().get(0).startsWith("no reporting line"));
        assertTrue(scorer.evaluate(j, person("S5", "Sales", 12, List.of(), List.of("fr"), null, List.of(), List.of(),
                List.of(), List.of())).brokenRules().get(0).startsWith("common language"));
        assertTrue(scorer.evaluate(j, person("S6", "Sales", 12, List.of(), List.of("en"), null, List.of(), List.of(),
                List.of(), List.of("J1"))).brokenRules().get(0).startsWith("avoid-list"));
        assertTrue(scorer.evaluate(j, senior("S9")).brokenRules().get(0).startsWith("not previously paired"));
        HardRules relaxed = new HardRules(2, true, false, true, true, true, true);
        assertTrue(new PairScorer(ScoringWeights.DEFAULT, relaxed, List.of(), Set.of(), WINTER).evaluate(j,
                person("S3", "Engineering", 12, List.of(), List.of("en"), null, List.of(), List.of(), List.of(), List.of()))
                .allowed(), "the department rule can be switched off");
    }

    @Test
    void contributionsAlwaysAddUpAndStayWithinOneHundred() {
        Random random = new Random(3);
        List<String> skills = List.of("ai", "social-media", "data", "tools");
        List<String> days = List.of("MONDAY", "TUESDAY", "SUNDAY");
        List<String> zones = List.of("Europe/Berlin", "America/New_York", "Asia/Singapore", "Pacific/Auckland");
        for (int k = 0; k < 500; k++) {
            var weights = new ScoringWeights(java.util.Map.of(Factor.SKILLS, random.nextInt(50), Factor.AVAILABILITY,
                    1 + random.nextInt(50), Factor.TIME_ZONE, random.nextInt(9)));
            PairScorer scorer = new PairScorer(weights, HardRules.DEFAULT, List.of("ai"), Set.of(), WINTER);
            Candidate mentor = person("J", "A", 1, List.of(), List.of("en"), zones.get(random.nextInt(4)),
                    List.of(new TimeSlot(days.get(random.nextInt(3)), "22:00", "24:00")),
                    List.of(new SkillOffered(skills.get(random.nextInt(4)), 1 + random.nextInt(5))), List.of(), List.of());
            Candidate mentee = person("S", "B", 10, List.of(), List.of("en"), zones.get(random.nextInt(4)),
                    List.of(new TimeSlot(days.get(random.nextInt(3)), "00:00", "03:00")), List.of(),
                    List.of(new LearningGoal(skills.get(random.nextInt(4)), 1 + random.nextInt(5))), List.of());
            PairEvaluation e = scorer.evaluate(mentor, mentee);
            assertEquals(e.scoreMicros(), e.contributionsMicros().values().stream().mapToInt(Integer::intValue).sum());
            assertTrue(e.scoreMicros() >= 0 && e.scoreMicros() <= 100_000_000, "score " + e.scoreMicros());
        }
    }

    @Test
    void slotsAcrossTheWeekBoundaryAndDaylightSavingAreComparedAsInstants() {
        PairScorer summer = new PairScorer(ScoringWeights.DEFAULT, HardRules.DEFAULT, List.of(), Set.of(),
                LocalDate.of(2027, 7, 14));
        Candidate berlin = person("J", "A", 1, List.of(), List.of("en"), "Europe/Berlin",
                List.of(new TimeSlot("MONDAY", "00:00", "02:00")), List.of(), List.of(), List.of());
        Candidate newYork = person("S", "B", 10, List.of(), List.of("en"), "America/New_York",
                List.of(new TimeSlot("SUNDAY", "17:00", "19:00")), List.of(), List.of(), List.of());
        // Monday 00:00-02:00 in Berlin (UTC+2 in July) is Sunday 18:00-20:00 in New York (UTC-4)
        assertEquals(60, summer.overlapMinutes(berlin, newYork));
    }
}
