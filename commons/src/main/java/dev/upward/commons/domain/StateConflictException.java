package dev.upward.commons.domain;

/**
 * The current state of something forbids the request (a decision on a match that is no longer
 * open, an edit after the window closed, a transition the lifecycle does not allow). The REST
 * layer answers 409 with the problem type {@link #problemType()}. Plain Java, so domain code
 * can throw it without depending on any framework.
 */
public class StateConflictException extends RuntimeException {

    private final String problemType;

    public StateConflictException(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    /** The last segment of the problem type URI, e.g. {@code lifecycle} or {@code match-state}. */
    public String problemType() {
        return problemType;
    }
}
