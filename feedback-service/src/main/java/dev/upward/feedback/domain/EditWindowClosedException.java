package dev.upward.feedback.domain;

import java.time.Instant;

/** An answer is final once its edit window has closed. */
public class EditWindowClosedException extends RuntimeException {

    private final transient Instant closedAt;

    public EditWindowClosedException(Instant closedAt) {
        super("this answer could be changed until " + closedAt + " and is final now");
        this.closedAt = closedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
