package dev.upward.matching.domain.solver;

import java.util.Arrays;

/**
 * Who may be paired with whom, and how well: mentors with a capacity, mentees, and the
 * allowed (mentor, mentee) pairs with a score. Stored sparse, grouped by mentee (compressed
 * rows), because hard rules forbid many pairs and large cohorts would not fit as a matrix.
 * Scores are integers in millionths of a point, 0 to 100,000,000, so sums are exact.
 */
public final class AssignmentInstance {

    public static final int SCALE = 1_000_000;
    public static final int MAX_SCORE = 100 * SCALE;
    /** Weights may exceed a score when a caller adds bonuses (priority); still far from overflow. */
    public static final int MAX_WEIGHT = 1000 * SCALE;

    private final int[] capacity;
    private final int mentees;
    final int[] rowStart;
    final int[] mentorOfEdge;
    final int[] scoreOfEdge;

    private AssignmentInstance(int[] capacity, int mentees, int[] rowStart, int[] mentorOfEdge, int[] scoreOfEdge) {
        this.capacity = capacity;
        this.mentees = mentees;
        this.rowStart = rowStart;
        this.mentorOfEdge = mentorOfEdge;
        this.scoreOfEdge = scoreOfEdge;
    }

    public int mentees() {
        return mentees;
    }

    public int mentors() {
        return capacity.length;
    }

    public int capacity(int mentor) {
        return capacity[mentor];
    }

    public int edges() {
        return mentorOfEdge.length;
    }

    /** The mentee's allowed pairs are the edges from here up to {@link #edgesEnd(int)}. */
    public int edgesStart(int mentee) {
        return rowStart[mentee];
    }

    public int edgesEnd(int mentee) {
        return rowStart[mentee + 1];
    }

    public int mentorOfEdge(int edge) {
        return mentorOfEdge[edge];
    }

    public int scoreOfEdge(int edge) {
        return scoreOfEdge[edge];
    }

    /** The score of the pair, or -1 when it is forbidden. Linear in the mentee's pairs. */
    public int score(int mentee, int mentor) {
        for (int e = rowStart[mentee]; e < rowStart[mentee + 1]; e++) {
            if (mentorOfEdge[e] == mentor) {
                return scoreOfEdge[e];
            }
        }
        return -1;
    }

    /** Collects mentors, mentees and allowed pairs in any order. */
    public static final class Builder {
        private int[] capacity = new int[16];
        private int mentors;
        private int mentees;
        private int[] pairMentee = new int[1024];
        private int[] pairMentor = new int[1024];
        private int[] pairScore = new int[1024];
        private int pairs;

        public int addMentor(int mentorCapacity) {
            if (mentorCapacity < 0) {
                throw new IllegalArgumentException("capacity must not be negative");
            }
            if (mentors == capacity.length) {
                capacity = Arrays.copyOf(capacity, mentors * 2);
            }
            capacity[mentors] = mentorCapacity;
            return mentors++;
        }

        public int addMentee() {
            return mentees++;
        }

        /** Allows the pair with a weight in millionths (0 to {@link #MAX_WEIGHT}); normally its score. */
        public Builder allow(int mentor, int mentee, int scoreMicros) {
            if (mentor < 0 || mentor >= mentors || mentee < 0 || mentee >= mentees) {
                throw new IllegalArgumentException("unknown mentor " + mentor + " or mentee " + mentee);
            }
            if (scoreMicros < 0 || scoreMicros > MAX_WEIGHT) {
                throw new IllegalArgumentException("weight must be between 0 and 1000 points");
            }
            if (pairs == pairMentee.length) {
                pairMentee = Arrays.copyOf(pairMentee, pairs * 2);
                pairMentor = Arrays.copyOf(pairMentor, pairs * 2);
                pairScore = Arrays.copyOf(pairScore, pairs * 2);
            }
            pairMentee[pairs] = mentee;
            pairMentor[pairs] = mentor;
            pairScore[pairs] = scoreMicros;
            pairs++;
            return this;
        }

        public AssignmentInstance build() {
            int[] rowStart = new int[mentees + 1];
            for (int p = 0; p < pairs; p++) {
                rowStart[pairMentee[p] + 1]++;
            }
            for (int i = 0; i < mentees; i++) {
                rowStart[i + 1] += rowStart[i];
            }
            int[] fill = Arrays.copyOf(rowStart, mentees);
            int[] mentorOfEdge = new int[pairs];
            int[] scoreOfEdge = new int[pairs];
            for (int p = 0; p < pairs; p++) {
                int at = fill[pairMentee[p]]++;
                mentorOfEdge[at] = pairMentor[p];
                scoreOfEdge[at] = pairScore[p];
            }
            return new AssignmentInstance(Arrays.copyOf(capacity, mentors), mentees, rowStart, mentorOfEdge, scoreOfEdge);
        }
    }
}
