package dev.upward.matching.domain;

/** What a cohort matching run optimises. */
public enum MatchingObjective {
    /** Match as many people as possible, then maximise total fit among those assignments. */
    MOST_MATCHED,
    /** Maximise the sum of pair scores. */
    BEST_TOTAL_FIT,
    /** Match as many as possible, then maximise the score of the worst pair, then total fit. */
    FAIREST_WORST_PAIR
}
