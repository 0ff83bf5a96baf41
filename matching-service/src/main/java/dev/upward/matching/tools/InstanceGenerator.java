package dev.upward.matching.tools;

import dev.upward.matching.domain.solver.AssignmentInstance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Synthetic instances for benchmarks and for comparing solvers. Two kinds:
 * <ul>
 *   <li>{@code random}: every pair forbidden with a given probability, scores uniform;</li>
 *   <li>{@code cohort}: people with a department, languages, weekly availability, skills and
 *   a working style; hard rules (other department, a common language, at least one common
 *   time slot) forbid most pairs, and the score mixes skill fit, schedule overlap and style,
 *   so many pairs score alike, as in real cohorts.</li>
 * </ul>
 */
public final class InstanceGenerator {

    private InstanceGenerator() {
    }

    public static AssignmentInstance random(int mentors, int mentees, double forbidden, long seed) {
        Random random = new Random(seed);
        AssignmentInstance.Builder builder = people(mentors, mentees, random);
        for (int i = 0; i < mentees; i++) {
            for (int j = 0; j < mentors; j++) {
                if (random.nextDouble() >= forbidden) {
                    builder.allow(j, i, random.nextInt(AssignmentInstance.MAX_SCORE + 1));
                }
            }
        }
        return builder.build();
    }

    private static AssignmentInstance.Builder people(int mentors, int mentees, Random random) {
        AssignmentInstance.Builder builder = new AssignmentInstance.Builder();
        for (int j = 0; j < mentors; j++) {
            builder.addMentor(1 + (random.nextInt(10) == 0 ? 1 : 0));
        }
        for (int i = 0; i < mentees; i++) {
            builder.addMentee();
        }
        return builder;
    }

    private record Person(int department, int languages, long slots, int skills, int[] style) {
    }

    public static AssignmentInstance cohort(int mentors, int mentees, long seed) {
        Random random = new Random(seed);
        AssignmentInstance.Builder builder = people(mentors, mentees, random);
        Person[] juniors = new Person[mentors];
        Person[] seniors = new Person[mentees];
        for (int j = 0; j < mentors; j++) {
            juniors[j] = person(random);
        }
        for (int i = 0; i < mentees; i++) {
            seniors[i] = person(random);
        }
        for (int i = 0; i < mentees; i++) {
            Person senior = seniors[i];
            for (int j = 0; j < mentors; j++) {
                Person junior = juniors[j];
                long commonSlots = junior.slots() & senior.slots();
                if (junior.department() == senior.department() || (junior.languages() & senior.languages()) == 0
                        || commonSlots == 0) {
                    continue;
                }
                double skill = Integer.bitCount(junior.skills() & senior.skills()) / 3.0;
                double schedule = Math.min(1.0, Long.bitCount(commonSlots) / 3.0);
                double style = 0;
                for (int k = 0; k < 5; k++) {
                    style += 4 - Math.abs(junior.style()[k] - senior.style()[k]);
                }
                double score = 55 * Math.min(1.0, skill) + 25 * schedule + 20 * style / 20.0;
                builder.allow(j, i, (int) Math.round(score * 10) * (AssignmentInstance.SCALE / 10));
            }
        }
        return builder.build();
    }

    private static Person person(Random random) {
        int languages = (random.nextDouble() < 0.7 ? 1 : 0) | 1 << (1 + random.nextInt(5));
        long slots = 0;
        for (int k = 0; k < 4; k++) {
            slots |= 1L << random.nextInt(40); // 40 one-hour slots in a working week
        }
        int skills = 0;
        for (int k = 0; k < 3; k++) {
            skills |= 1 << random.nextInt(12);
        }
        int[] style = new int[5];
        for (int k = 0; k < 5; k++) {
            style[k] = 1 + random.nextInt(5);
        }
        return new Person(random.nextInt(12), languages, slots, skills, style);
    }

    /** Writes the instance in the solve command's CSV format, with ids m0.., e0... */
    public static void write(AssignmentInstance instance, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# " + instance.mentors() + " mentors, " + instance.mentees() + " mentees, "
                    + instance.edges() + " allowed pairs\n");
            for (int j = 0; j < instance.mentors(); j++) {
                out.write("mentor,m" + j + "," + instance.capacity(j) + "\n");
            }
            for (int i = 0; i < instance.mentees(); i++) {
                out.write("mentee,e" + i + "\n");
            }
            for (int i = 0; i < instance.mentees(); i++) {
                for (int e = instance.edgesStart(i); e < instance.edgesEnd(i); e++) {
                    out.write("pair,m" + instance.mentorOfEdge(e) + ",e" + i + ","
                            + SolveCommand.decimal(instance.scoreOfEdge(e)) + "\n");
                }
            }
        }
    }
}
