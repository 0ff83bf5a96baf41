package dev.upward.matching.domain;

import dev.upward.commons.domain.StateConflictException;

/** A decision the match's state or deadline no longer allows (answered with 409 {@code match-state}). */
public class MatchStateException extends StateConflictException {

    public MatchStateException(String message) {
        super("match-state", message);
    }
}
