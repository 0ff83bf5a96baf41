package dev.upward.matching.domain;

import dev.upward.matching.domain.scoring.Candidate;
import dev.upward.matching.domain.scoring.PairEvaluation;
import dev.upward.matching.domain.scoring.PairScorer;
import dev.upward.matching.domain.solver.Assignment;
import dev.upward.matching.domain.solver.AssignmentInstance;
import dev.upward.matching.domain.solver.AssignmentSolver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One matching run over a programme's unmatched participants: scores every pair, solves the
 * assignment for the policy's objective, and explains the result — each pair's factors, each
 * unmatched person's reason, and how many blocking pairs the result has.
 */
public final class CohortMatcher {

    private CohortMatcher() {
    }

    public record Pair(Candidate mentor, Candidate mentee, PairEvaluation evaluation) {
    }

    public record Unmatched(Candidate person, String role, String reason) {
    }

    /**
     * @param blockingPairs pairs not matched together who would both score higher together than
     *                      with their assigned partners (or who are unmatched, or have room)
     */
    public record Result(List<Pair> pairs, List<Unmatched> unmatched, int blockingPairs, boolean optimal) {
    }

    /**
     * How much a person waiting with priority (their last proposal was declined by the other
     * side, lapsed, or ended for a rematch) adds to a pair's weight in the solver: a full score,
     * so they are matched ahead of anyone whose pair is at most 100 points better. Reported
     * scores never include it.
     */
    static final int PRIORITY_BONUS = 100 * 1_000_000;

    public static Result run(List<Candidate> mentors, int mentorCapacity, List<Candidate> mentees, PairScorer scorer,
                             MatchingObjective objective) {
        return run(mentors, mentorCapacity, mentees, scorer, objective, java.util.Set.of());
    }

    public static Result run(List<Candidate> mentors, int mentorCapacity, List<Candidate> mentees, PairScorer scorer,
                             MatchingObjective objective, java.util.Set<java.util.UUID> priority) {
        AssignmentInstance.Builder builder = new AssignmentInstance.Builder();
        mentors.forEach(m -> builder.addMentor(mentorCapacity));
        mentees.forEach(m -> builder.addMentee());
        PairEvaluation[][] evaluations = new PairEvaluation[mentees.size()][mentors.size()];
        for (int i = 0; i < mentees.size(); i++) {
            for (int j = 0; j < mentors.size(); j++) {
                PairEvaluation evaluation = scorer.evaluate(mentors.get(j), mentees.get(i));
                evaluations[i][j] = evaluation;
                if (evaluation.allowed()) {
                    builder.allow(j, i, weight(evaluation, mentors.get(j), mentees.get(i), priority));
                }
            }
        }
        AssignmentInstance instance = builder.build();
        int[][] weights = new int[mentees.size()][mentors.size()];
        for (int i = 0; i < mentees.size(); i++) {
            for (int j = 0; j < mentors.size(); j++) {
                weights[i][j] = weight(evaluations[i][j], mentors.get(j), mentees.get(i), priority);
            }
        }
        Assignment assignment = switch (objective) {
            case MOST_MATCHED -> AssignmentSolver.solve(instance);
            case BEST_TOTAL_FIT -> AssignmentSolver.solveBestTotal(instance);
            case FAIREST_WORST_PAIR -> bestWorstPair(mentors.size(), mentorCapacity, mentees.size(), evaluations, weights, instance);
        };
        int[] mentorOf = assignment.mentorOfMentee();
        List<Pair> pairs = new ArrayList<>();
        int[] load = new int[mentors.size()];
        for (int i = 0; i < mentees.size(); i++) {
            if (mentorOf[i] >= 0) {
                pairs.add(new Pair(mentors.get(mentorOf[i]), mentees.get(i), evaluations[i][mentorOf[i]]));
                load[mentorOf[i]]++;
            }
        }
        pairs.sort(Comparator.comparing((Pair p) -> -p.evaluation().scoreMicros()));
        List<Unmatched> unmatched = new ArrayList<>();
        for (int i = 0; i < mentees.size(); i++) {
            if (mentorOf[i] < 0) {
                unmatched.add(new Unmatched(mentees.get(i), "MENTEE", reason(column(evaluations, i), "mentor")));
            }
        }
        for (int j = 0; j < mentors.size(); j++) {
            if (load[j] == 0) {
                List<PairEvaluation> options = new ArrayList<>();
                for (PairEvaluation[] row : evaluations) {
                    options.add(row[j]);
                }
                unmatched.add(new Unmatched(mentors.get(j), "MENTOR", reason(options, "mentee")));
            }
        }
        return new Result(pairs, unmatched, blockingPairs(evaluations, mentorOf, load, mentorCapacity), assignment.optimal());
    }

    private static List<PairEvaluation> column(PairEvaluation[][] evaluations, int mentee) {
        return Arrays.asList(evaluations[mentee]);
    }

    /**
     * Most matched first, then the highest possible worst pair, then the highest total: the
     * largest score threshold that still allows the full number of matches, found by binary
     * search over the distinct scores, each probe an optimal solve.
     */
    private static Assignment bestWorstPair(int mentors, int capacity, int mentees, PairEvaluation[][] evaluations,
                                            int[][] weights, AssignmentInstance full) {
        Assignment best = AssignmentSolver.solve(full);
        TreeSet<Integer> distinct = new TreeSet<>();
        for (PairEvaluation[] row : evaluations) {
            for (PairEvaluation e : row) {
                if (e.allowed()) {
                    distinct.add(e.scoreMicros());
                }
            }
        }
        Integer[] thresholds = distinct.toArray(Integer[]::new);
        int low = 0;
        int high = thresholds.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Assignment probe = AssignmentSolver.solve(restricted(mentors, capacity, mentees, evaluations, weights, thresholds[mid]));
            if (probe.matched() == best.matched() && probe.optimal()) {
                best = probe;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best;
    }

    private static AssignmentInstance restricted(int mentors, int capacity, int mentees, PairEvaluation[][] evaluations,
                                                 int[][] weights, int threshold) {
        AssignmentInstance.Builder builder = new AssignmentInstance.Builder();
        for (int j = 0; j < mentors; j++) {
            builder.addMentor(capacity);
        }
        for (int i = 0; i < mentees; i++) {
            builder.addMentee();
        }
        for (int i = 0; i < mentees; i++) {
            for (int j = 0; j < mentors; j++) {
                if (evaluations[i][j].allowed() && evaluations[i][j].scoreMicros() >= threshold) {
                    builder.allow(j, i, weights[i][j]);
                }
            }
        }
        return builder.build();
    }

    private static int weight(PairEvaluation evaluation, Candidate mentor, Candidate mentee, java.util.Set<java.util.UUID> priority) {
        if (!evaluation.allowed()) {
            return 0;
        }
        int bonus = (priority.contains(mentor.participantId()) ? PRIORITY_BONUS : 0)
                + (priority.contains(mentee.participantId()) ? PRIORITY_BONUS : 0);
        return evaluation.scoreMicros() + bonus;
    }

    /** Why someone stayed unmatched: the rules that rule out every partner, or the competition. */
    private static String reason(List<PairEvaluation> options, String partner) {
        if (options.isEmpty()) {
            return "there is no " + partner + " in this run";
        }
        if (options.stream().anyMatch(PairEvaluation::allowed)) {
            return "every allowed " + partner + " is needed elsewhere for the best overall result";
        }
        Map<String, Long> rules = options.stream().flatMap(e -> e.brokenRules().stream())
                .map(rule -> rule.substring(0, rule.indexOf(':') < 0 ? rule.length() : rule.indexOf(':')))
                .collect(Collectors.groupingBy(rule -> rule, LinkedHashMap::new, Collectors.counting()));
        String top = rules.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(3).map(e -> e.getKey() + " (" + e.getValue() + " of " + options.size() + ")")
                .collect(Collectors.joining(", "));
        return "no allowed " + partner + "; the rules that rule them out: " + top;
    }

    static int blockingPairs(PairEvaluation[][] evaluations, int[] mentorOf, int[] load, int capacity) {
        int mentors = load.length;
        Map<Integer, Integer> weakest = new HashMap<>();
        for (int i = 0; i < mentorOf.length; i++) {
            if (mentorOf[i] >= 0) {
                weakest.merge(mentorOf[i], evaluations[i][mentorOf[i]].scoreMicros(), Math::min);
            }
        }
        int blocking = 0;
        for (int i = 0; i < evaluations.length; i++) {
            int current = mentorOf[i] < 0 ? -1 : evaluations[i][mentorOf[i]].scoreMicros();
            for (int j = 0; j < mentors; j++) {
                PairEvaluation e = evaluations[i][j];
                if (!e.allowed() || j == mentorOf[i] || e.scoreMicros() <= current) {
                    continue;
                }
                boolean mentorWouldSwitch = load[j] < capacity || e.scoreMicros() > weakest.getOrDefault(j, -1);
                if (mentorWouldSwitch) {
                    blocking++;
                }
            }
        }
        return blocking;
    }
}
