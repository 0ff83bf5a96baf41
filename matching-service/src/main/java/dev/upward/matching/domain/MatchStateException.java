package dev.upward.matching.domain;

/** A decision the match's state or deadline no longer allows (answered with 409). */
public class MatchStateException extends RuntimeException {

    public MatchStateException(String message) {
        super(message);
    }
}
