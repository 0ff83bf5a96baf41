package dev.upward.participant.domain;

/** A request that the current lifecycle state of a programme or participant forbids (409). */
public class LifecycleException extends RuntimeException {

    public LifecycleException(String message) {
        super(message);
    }
}
