package dev.upward.feedback.domain;

/** When a self-assessment is taken: before the mentorship or after it. */
public enum Phase {
    PRE, POST
}
