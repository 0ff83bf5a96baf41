package dev.upward.matching.tools;

import dev.upward.matching.domain.solver.Assignment;
import dev.upward.matching.domain.solver.AssignmentInstance;
import dev.upward.matching.domain.solver.AssignmentSolver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Solver figures on generated instances: solve time after warm-up (median and worst of the
 * measured runs), peak heap, whether the optimum was proven, and how far pruning went.
 *
 * <pre>
 *   benchmark                      the two standard cases
 *   benchmark --write KIND M N F   also write an instance CSV for the solve command
 * </pre>
 */
public final class SolverBenchmark {

    private SolverBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 5 && args[0].equals("--write")) {
            if (!args[1].equals("random") && !args[1].equals("cohort")) {
                System.err.println("ERROR: the kind is random or cohort, not " + args[1]);
                System.exit(2);
            }
            int mentors = Integer.parseInt(args[2]);
            int mentees = Integer.parseInt(args[3]);
            AssignmentInstance instance = args[1].equals("random")
                    ? InstanceGenerator.random(mentors, mentees, 0.4, 1) : InstanceGenerator.cohort(mentors, mentees, 1);
            InstanceGenerator.write(instance, Path.of(args[4]));
            System.out.println("wrote " + args[4] + " (" + instance.edges() + " allowed pairs)");
            return;
        }
        measure("random 1,000 x 1,000, 40% of pairs forbidden", InstanceGenerator.random(1_000, 1_000, 0.4, 1), 10, 20);
        measure("cohort 10,000 x 10,000 (hard rules and structured scores)", InstanceGenerator.cohort(10_000, 10_000, 1), 1, 3);
    }

    private static void measure(String name, AssignmentInstance instance, int warmups, int runs) {
        System.out.printf(Locale.ROOT, "%s: %,d allowed pairs; %d warm-up and %d measured solves%n", name,
                instance.edges(), warmups, runs);
        for (int w = 0; w < warmups; w++) {
            AssignmentSolver.solve(instance);
        }
        long[] millis = new long[runs];
        Assignment last = null;
        for (int r = 0; r < runs; r++) {
            long started = System.nanoTime();
            last = AssignmentSolver.solve(instance);
            millis[r] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "RESULT %s: median %d ms, worst %d ms, matched %d, objective %s, optimal %b,"
                        + " rounds %d, candidate pairs %,d, peak heap %d MB%n", name, millis[runs / 2], millis[runs - 1],
                last.matched(), SolveCommand.decimal(last.totalScoreMicros()), last.optimal(), last.rounds(),
                last.candidatePairs(), SolveCommand.peakHeapMegabytes());
    }
}
