package dev.upward.participant.domain;

import dev.upward.commons.domain.StateConflictException;

/** A request that the current lifecycle state of a programme or participant forbids (409 {@code lifecycle}). */
public class LifecycleException extends StateConflictException {

    public LifecycleException(String message) {
        super("lifecycle", message);
    }
}
