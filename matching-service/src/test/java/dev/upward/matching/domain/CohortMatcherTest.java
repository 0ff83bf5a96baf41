package dev.upward.matching.domain;

import dev.upward.contracts.MatchingProfile.LearningGoal;
import dev.upward.contracts.MatchingProfile.SkillOffered;
import dev.upward.matching.domain.scoring.Candidate;
import dev.upward.matching.domain.scoring.HardRules;
import dev.upward.matching.domain.scoring.PairScorer;
import dev.upward.matching.domain.scoring.ScoringWeights;
import dev.upward.matching.domain.scoring.Factor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CohortMatcherTest {

    /** Scores driven by skill proficiency alone, so a test can set each pair's score. */
    private static final ScoringWeights SKILLS_ONLY = new ScoringWeights(Map.of(Factor.SKILLS, 1));

    private static Candidate mentor(String id, Map<String, Integer> proficiency) {
        return new Candidate(UUID.randomUUID(), id, "Tech", 2, List.of(), List.of("en"), null, List.of(), List.of(),
                proficiency.entrySet().stream().map(e -> new SkillOffered(e.getKey(), e.getValue())).toList(), List.of(), null, List.of());
    }

    private static Candidate mentee(String id, String wants) {
        return new Candidate(UUID.randomUUID(), id, "Sales", 12, List.of(), List.of("en"), null, List.of(), List.of(),
                List.of(), List.of(new LearningGoal(wants, 1)), null, List.of());
    }

    private static PairScorer scorer() {
        return new PairScorer(SKILLS_ONLY, HardRules.DEFAULT, List.of(), Set.of(), LocalDate.of(2027, 1, 13));
    }

    @Test
    void theObjectiveDecidesBetweenTotalAndFairness() {
        // A wants a, B wants b. X-A 100, X-B 60, Y-A 40, Y-B 20: X-A + Y-B has the best total (120)
        // but a worst pair of 20; Y-A + X-B totals 100 with a worst pair of 40
        List<Candidate> mentors = List.of(mentor("X", Map.of("a", 5, "b", 3)), mentor("Y", Map.of("a", 2, "b", 1)));
        List<Candidate> mentees = List.of(mentee("A", "a"), mentee("B", "b"));
        var most = CohortMatcher.run(mentors, 1, mentees, scorer(), MatchingObjective.MOST_MATCHED);
        assertEquals(Set.of("X-A", "Y-B"), pairs(most));
        var fair = CohortMatcher.run(mentors, 1, mentees, scorer(), MatchingObjective.FAIREST_WORST_PAIR);
        assertEquals(Set.of("Y-A", "X-B"), pairs(fair), "the worst pair is raised from 20 to 40");
        assertTrue(most.optimal() && fair.optimal());
    }

    @Test
    void someoneWaitingWithPriorityIsMatchedBeforeABetterScoringNewcomer() {
        List<Candidate> mentors = List.of(mentor("X", Map.of("a", 5, "b", 2)));
        Candidate newcomer = mentee("A", "a");
        Candidate waiting = mentee("B", "b");
        var plain = CohortMatcher.run(mentors, 1, List.of(newcomer, waiting), scorer(), MatchingObjective.MOST_MATCHED);
        assertEquals(Set.of("X-A"), pairs(plain));
        var prioritised = CohortMatcher.run(mentors, 1, List.of(newcomer, waiting), scorer(), MatchingObjective.MOST_MATCHED,
                Set.of(waiting.participantId()));
        assertEquals(Set.of("X-B"), pairs(prioritised));
        assertEquals(40_000_000, prioritised.pairs().get(0).evaluation().scoreMicros(), "the bonus never shows in the score");
    }

    @Test
    void bestTotalMayLeaveSomeoneUnmatchedWhereMostMatchedWouldNot() {
        // X can teach a (100) and b (90); Y can teach only c, which A also accepts at 0
        List<Candidate> mentors = List.of(mentor("X", Map.of("a", 5)), mentor("Y", Map.of("z", 5)));
        Candidate a = new Candidate(UUID.randomUUID(), "A", "Sales", 12, List.of(), List.of("en"), null, List.of(),
                List.of(), List.of(), List.of(new LearningGoal("a", 1)), null, List.of());
        Candidate b = new Candidate(UUID.randomUUID(), "B", "Sales", 12, List.of(), List.of("fr", "en"), null, List.of(),
                List.of(), List.of(), List.of(new LearningGoal("a", 1)), null, List.of("Y"));
        var most = CohortMatcher.run(mentors, 1, List.of(a, b), scorer(), MatchingObjective.MOST_MATCHED);
        assertEquals(2, most.pairs().size());
        var total = CohortMatcher.run(mentors, 1, List.of(a, b), scorer(), MatchingObjective.BEST_TOTAL_FIT);
        assertEquals(1, total.pairs().stream().filter(p -> p.evaluation().scoreMicros() > 0).count());
        assertTrue(total.unmatched().stream().anyMatch(u -> u.reason().startsWith("no allowed") || u.reason().startsWith("every allowed")),
                total.unmatched().toString());
    }

    @Test
    void randomCohortsNeverBreakAHardRuleAndEveryUnmatchedPersonHasAReason() {
        Random random = new Random(11);
        List<String> departments = List.of("A", "B", "C");
        for (int round = 0; round < 50; round++) {
            List<Candidate> mentors = new java.util.ArrayList<>();
            List<Candidate> mentees = new java.util.ArrayList<>();
            for (int k = 0; k < 8; k++) {
                mentors.add(new Candidate(UUID.randomUUID(), "J" + k, departments.get(random.nextInt(3)), random.nextInt(8),
                        List.of(), List.of(random.nextBoolean() ? "en" : "de"), null, List.of(), List.of(),
                        List.of(new SkillOffered("a", 1 + random.nextInt(5))), List.of(), null, List.of()));
                mentees.add(new Candidate(UUID.randomUUID(), "S" + k, departments.get(random.nextInt(3)), 4 + random.nextInt(10),
                        List.of("J" + random.nextInt(8)), List.of(random.nextBoolean() ? "en" : "de"), null, List.of(), List.of(),
                        List.of(), List.of(new LearningGoal("a", 1 + random.nextInt(5))), null, List.of()));
            }
            var result = CohortMatcher.run(mentors, 2, mentees, scorer(), MatchingObjective.MOST_MATCHED);
            for (var pair : result.pairs()) {
                assertTrue(scorer().evaluate(pair.mentor(), pair.mentee()).allowed());
                assertTrue(pair.mentee().jobLevel() - pair.mentor().jobLevel() >= 2);
                assertTrue(!pair.mentor().department().equals(pair.mentee().department()));
                assertTrue(!pair.mentee().managerChain().contains(pair.mentor().employeeId()));
            }
            assertTrue(result.optimal());
            result.unmatched().forEach(u -> assertTrue(!u.reason().isBlank()));
            assertEquals(8, result.pairs().size() + result.unmatched().stream().filter(u -> u.role().equals("MENTEE")).count());
        }
    }

    private static Set<String> pairs(CohortMatcher.Result result) {
        return result.pairs().stream().map(p -> p.mentor().employeeId() + "-" + p.mentee().employeeId())
                .collect(java.util.stream.Collectors.toSet());
    }
}
