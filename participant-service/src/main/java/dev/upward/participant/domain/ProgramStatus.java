package dev.upward.participant.domain;

/** A programme is prepared as a draft, launched to run its cohort, and closed at the end. */
public enum ProgramStatus {
    DRAFT, LAUNCHED, CLOSED
}
