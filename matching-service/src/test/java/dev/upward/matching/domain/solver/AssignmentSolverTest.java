package dev.upward.matching.domain.solver;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The solver against exhaustive search on many small random instances, and a few by hand. */
class AssignmentSolverTest {

    /** Best (matched, total score) over all feasible assignments, by trying them all. */
    private static long[] bruteForce(AssignmentInstance instance) {
        int[] load = new int[instance.mentors()];
        long[] best = {-1, -1};
        search(instance, 0, load, 0, 0, best);
        return best;
    }

    private static void search(AssignmentInstance instance, int mentee, int[] load, int matched, long total, long[] best) {
        if (mentee == instance.mentees()) {
            if (matched > best[0] || (matched == best[0] && total > best[1])) {
                best[0] = matched;
                best[1] = total;
            }
            return;
        }
        search(instance, mentee + 1, load, matched, total, best);
        for (int j = 0; j < instance.mentors(); j++) {
            int score = instance.score(mentee, j);
            if (score >= 0 && load[j] < instance.capacity(j)) {
                load[j]++;
                search(instance, mentee + 1, load, matched + 1, total + score, best);
                load[j]--;
            }
        }
    }

    private static AssignmentInstance random(Random random, int mentees, int mentors, int maxCapacity,
                                             double forbidden, boolean ties) {
        AssignmentInstance.Builder builder = new AssignmentInstance.Builder();
        for (int j = 0; j < mentors; j++) {
            builder.addMentor(random.nextInt(maxCapacity + 1));
        }
        for (int i = 0; i < mentees; i++) {
            builder.addMentee();
        }
        for (int i = 0; i < mentees; i++) {
            for (int j = 0; j < mentors; j++) {
                if (random.nextDouble() >= forbidden) {
                    int score = ties ? random.nextInt(4) * 25 * AssignmentInstance.SCALE
                            : random.nextInt(AssignmentInstance.MAX_SCORE + 1);
                    builder.allow(j, i, score);
                }
            }
        }
        return builder.build();
    }

    private static void assertFeasible(AssignmentInstance instance, Assignment assignment) {
        int[] load = new int[instance.mentors()];
        int matched = 0;
        long total = 0;
        for (int i = 0; i < instance.mentees(); i++) {
            int j = assignment.mentorOfMentee()[i];
            if (j >= 0) {
                int score = instance.score(i, j);
                assertTrue(score >= 0, "mentee " + i + " was given forbidden mentor " + j);
                load[j]++;
                matched++;
                total += score;
            }
        }
        for (int j = 0; j < instance.mentors(); j++) {
            assertTrue(load[j] <= instance.capacity(j), "mentor " + j + " over capacity");
        }
        assertEquals(matched, assignment.matched());
        assertEquals(total, assignment.totalScoreMicros());
    }

    @Test
    void matchesExhaustiveSearchOnHundredsOfSmallInstances() {
        Random random = new Random(20261125);
        for (int round = 0; round < 600; round++) {
            int mentees = 1 + random.nextInt(7);
            int mentors = 1 + random.nextInt(4);
            AssignmentInstance instance = random(random, mentees, mentors, 1 + random.nextInt(3),
                    random.nextDouble() * 0.7, round % 3 == 0);
            Assignment assignment = AssignmentSolver.solve(instance);
            long[] best = bruteForce(instance);
            String where = "instance " + round + " (" + mentees + " mentees, " + mentors + " mentors)";
            assertFeasible(instance, assignment);
            assertEquals(best[0], assignment.matched(), "matched, " + where);
            assertEquals(best[1], assignment.totalScoreMicros(), "total score, " + where);
            assertTrue(assignment.optimal(), "certificate, " + where);
        }
    }

    @Test
    void pruningIsRepairedWhenTheBestPairsCollide() {
        // every mentee likes the same few mentors best, so the first candidates are not enough
        Random random = new Random(7);
        AssignmentInstance.Builder builder = new AssignmentInstance.Builder();
        int mentors = 40;
        int mentees = 40;
        for (int j = 0; j < mentors; j++) {
            builder.addMentor(1);
        }
        for (int i = 0; i < mentees; i++) {
            builder.addMentee();
        }
        for (int i = 0; i < mentees; i++) {
            for (int j = 0; j < mentors; j++) {
                builder.allow(j, i, (mentors - j) * 2 * AssignmentInstance.SCALE + random.nextInt(AssignmentInstance.SCALE));
            }
        }
        AssignmentInstance instance = builder.build();
        Assignment assignment = AssignmentSolver.solve(instance);
        assertFeasible(instance, assignment);
        assertEquals(40, assignment.matched());
        assertTrue(assignment.optimal());
        assertTrue(assignment.rounds() > 1, "the candidate set had to be widened");
    }

    @Test
    void oneMoreMatchBeatsAnyScoreAndTheUnmatchableStayUnmatched() {
        AssignmentInstance.Builder builder = new AssignmentInstance.Builder();
        int popular = builder.addMentor(1);
        int other = builder.addMentor(1);
        int a = builder.addMentee();
        int b = builder.addMentee();
        int loner = builder.addMentee();
        builder.allow(popular, a, 100 * AssignmentInstance.SCALE);
        builder.allow(other, a, 0);
        builder.allow(popular, b, 1);
        Assignment assignment = AssignmentSolver.solve(builder.build());
        // a takes the weak pair so that b can be matched at all; loner has no allowed pair
        assertArrayEquals(new int[] {other, popular, -1}, assignment.mentorOfMentee());
        assertEquals(2, assignment.matched());
        assertTrue(assignment.optimal());
        assertEquals(-1, assignment.mentorOfMentee()[loner]);
    }

    @Test
    void mentorsWithoutCapacityAndEmptyCohortsAreHandled() {
        AssignmentInstance.Builder builder = new AssignmentInstance.Builder();
        int busy = builder.addMentor(0);
        int mentee = builder.addMentee();
        builder.allow(busy, mentee, 50 * AssignmentInstance.SCALE);
        Assignment assignment = AssignmentSolver.solve(builder.build());
        assertEquals(0, assignment.matched());
        assertTrue(assignment.optimal());
        assertEquals(0, AssignmentSolver.solve(new AssignmentInstance.Builder().build()).matched());
    }
}
