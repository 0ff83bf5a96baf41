package dev.upward.feedback.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * An author may correct their answer for a while after submitting it; after that it is final.
 * Final answers are what aggregates count, so a later edit can never be read off a summary.
 */
public record EditWindow(Duration length) {

    public EditWindow {
        if (length == null || length.isNegative()) {
            throw new IllegalArgumentException("the edit window must be zero or longer");
        }
    }

    public Instant closesAt(Instant submittedAt) {
        return submittedAt.plus(length);
    }

    /** Open up to and including the instant it closes. */
    public boolean isOpen(Instant submittedAt, Instant now) {
        return !now.isAfter(closesAt(submittedAt));
    }
}
