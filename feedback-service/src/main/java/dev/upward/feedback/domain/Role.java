package dev.upward.feedback.domain;

/** A participant's side of a mentorship. */
public enum Role {
    MENTOR, MENTEE
}
