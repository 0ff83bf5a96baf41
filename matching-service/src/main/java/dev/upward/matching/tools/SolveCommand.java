package dev.upward.matching.tools;

import dev.upward.matching.domain.solver.Assignment;
import dev.upward.matching.domain.solver.AssignmentInstance;
import dev.upward.matching.domain.solver.AssignmentSolver;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Solves a matching instance from a file, so the solver can be compared with others on
 * identical inputs. Input (UTF-8 CSV, {@code #} lines ignored): {@code mentor,<id>,<capacity>},
 * {@code mentee,<id>}, {@code pair,<mentorId>,<menteeId>,<score>} with the score a decimal in
 * [0,100]; unlisted pairs are forbidden. Output: {@code <mentorId>,<menteeId>} lines in the
 * {@code --out} file and one JSON line of figures on stdout.
 */
public final class SolveCommand {

    private SolveCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 3 || !args[1].equals("--out")) {
            System.err.println("usage: solve INSTANCE.csv --out ASSIGNMENT.csv [--repeat N]");
            System.exit(2);
        }
        int repeat;
        try {
            repeat = args.length >= 5 && args[3].equals("--repeat") ? Integer.parseInt(args[4]) : 1;
        } catch (NumberFormatException e) {
            System.err.println("ERROR: --repeat needs a whole number");
            System.exit(2);
            return;
        }
        try {
            run(Path.of(args[0]), Path.of(args[2]), Math.max(1, repeat));
        } catch (InvalidInstanceException | IllegalArgumentException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(1);
        }
    }

    static final class InvalidInstanceException extends RuntimeException {
        InvalidInstanceException(String message) {
            super(message);
        }
    }

    /** The parsed instance with the ids of its people in index order. */
    record Loaded(AssignmentInstance instance, List<String> mentorIds, List<String> menteeIds) {
    }

    private static void run(Path input, Path output, int repeat) throws IOException {
        long loadStarted = System.nanoTime();
        Loaded loaded = load(input);
        long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
        Assignment assignment = null;
        long solveMillis = 0;
        for (int r = 0; r < repeat; r++) {
            long started = System.nanoTime();
            assignment = AssignmentSolver.solve(loaded.instance());
            solveMillis = (System.nanoTime() - started) / 1_000_000;
        }
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            int[] mentorOf = assignment.mentorOfMentee();
            for (int i = 0; i < mentorOf.length; i++) {
                if (mentorOf[i] >= 0) {
                    out.write(loaded.mentorIds().get(mentorOf[i]) + "," + loaded.menteeIds().get(i) + "\n");
                }
            }
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"matched\":%d,\"objective\":%s,\"optimal\":%b,\"loadMillis\":%d,\"solveMillis\":%d,\"peakHeapMb\":%d}",
                assignment.matched(), decimal(assignment.totalScoreMicros()), assignment.optimal(), loadMillis, solveMillis,
                peakHeapMegabytes()));
    }

    static Loaded load(Path input) throws IOException {
        AssignmentInstance.Builder builder = new AssignmentInstance.Builder();
        Map<String, Integer> mentors = new HashMap<>();
        Map<String, Integer> mentees = new HashMap<>();
        List<String> mentorIds = new ArrayList<>();
        List<String> menteeIds = new ArrayList<>();
        List<String[]> pending = new ArrayList<>();
        List<Long> pendingLines = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] f = text.split(",", -1);
                switch (f[0]) {
                    case "mentor" -> {
                        expect(f, 3, number);
                        if (mentors.putIfAbsent(f[1], mentorIds.size()) != null) {
                            throw invalid(number, "mentor " + f[1] + " is declared twice");
                        }
                        mentorIds.add(f[1]);
                        builder.addMentor(capacity(f[2], number));
                    }
                    case "mentee" -> {
                        expect(f, 2, number);
                        if (mentees.putIfAbsent(f[1], menteeIds.size()) != null) {
                            throw invalid(number, "mentee " + f[1] + " is declared twice");
                        }
                        menteeIds.add(f[1]);
                        builder.addMentee();
                    }
                    case "pair" -> {
                        expect(f, 4, number);
                        Integer mentor = mentors.get(f[1]);
                        Integer mentee = mentees.get(f[2]);
                        if (mentor == null || mentee == null) {
                            pending.add(f);
                            pendingLines.add(number);
                        } else {
                            builder.allow(mentor, mentee, scoreMicros(f[3], number));
                        }
                    }
                    default -> throw invalid(number, "unknown record '" + f[0] + "'; expected mentor, mentee or pair");
                }
            }
        }
        for (int p = 0; p < pending.size(); p++) {
            String[] f = pending.get(p);
            Integer mentor = mentors.get(f[1]);
            Integer mentee = mentees.get(f[2]);
            if (mentor == null || mentee == null) {
                throw invalid(pendingLines.get(p), "pair names " + (mentor == null ? "undeclared mentor " + f[1]
                        : "undeclared mentee " + f[2]));
            }
            builder.allow(mentor, mentee, scoreMicros(f[3], pendingLines.get(p)));
        }
        return new Loaded(builder.build(), mentorIds, menteeIds);
    }

    private static void expect(String[] fields, int count, long line) {
        if (fields.length != count) {
            throw invalid(line, fields[0] + " needs " + (count - 1) + " fields, found " + (fields.length - 1));
        }
        for (String field : fields) {
            if (field.isBlank()) {
                throw invalid(line, "empty field");
            }
        }
    }

    private static int capacity(String text, long line) {
        try {
            int capacity = Integer.parseInt(text.strip());
            if (capacity < 0) {
                throw invalid(line, "capacity must not be negative");
            }
            return capacity;
        } catch (NumberFormatException e) {
            throw invalid(line, "capacity '" + text + "' is not a whole number");
        }
    }

    /** Parses a decimal score exactly into millionths, rounding half up past six decimals. */
    static int scoreMicros(String text, long line) {
        String s = text.strip();
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        if (whole.isEmpty() && fraction.isEmpty() || !whole.chars().allMatch(Character::isDigit)
                || !fraction.chars().allMatch(Character::isDigit) || whole.length() > 3) {
            throw invalid(line, "score '" + text + "' is not a decimal between 0 and 100");
        }
        long micros = (whole.isEmpty() ? 0 : Long.parseLong(whole)) * AssignmentInstance.SCALE;
        long scale = AssignmentInstance.SCALE / 10;
        for (int k = 0; k < fraction.length() && k < 6; k++, scale /= 10) {
            micros += (fraction.charAt(k) - '0') * scale;
        }
        if (fraction.length() > 6 && fraction.charAt(6) >= '5') {
            micros++;
        }
        if (micros > AssignmentInstance.MAX_SCORE) {
            throw invalid(line, "score '" + text + "' is above 100");
        }
        return (int) micros;
    }

    static String decimal(long micros) {
        String text = String.format(Locale.ROOT, "%d.%06d", micros / AssignmentInstance.SCALE, micros % AssignmentInstance.SCALE);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static InvalidInstanceException invalid(long line, String message) {
        return new InvalidInstanceException("line " + line + ": " + message);
    }

    static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
