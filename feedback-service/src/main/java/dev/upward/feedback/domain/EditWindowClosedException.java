package dev.upward.feedback.domain;

import dev.upward.commons.domain.StateConflictException;

import java.time.Instant;

/** An answer is final once its edit window has closed: the state, not the input, forbids the edit. */
public class EditWindowClosedException extends StateConflictException {

    private final transient Instant closedAt;

    public EditWindowClosedException(Instant closedAt) {
        super("edit-window-closed", "this answer could be changed until " + closedAt + " and is final now");
        this.closedAt = closedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
