package dev.upward.matching.domain.solver;

/**
 * A solution: the mentor of each mentee (-1 when unmatched), how many are matched, the total
 * score in millionths, and whether the dual certificate proved it optimal.
 *
 * @param rounds          how often the solver had to widen its candidate pairs
 * @param candidatePairs  how many pairs the last round considered, of all allowed ones
 */
public record Assignment(int[] mentorOfMentee, int matched, long totalScoreMicros, boolean optimal, int rounds,
                         int candidatePairs) {

    public double totalScore() {
        return totalScoreMicros / (double) AssignmentInstance.SCALE;
    }
}
