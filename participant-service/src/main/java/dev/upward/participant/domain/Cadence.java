package dev.upward.participant.domain;

/** How often a pair is expected to meet. */
public enum Cadence {
    WEEKLY, BIWEEKLY, MONTHLY
}
