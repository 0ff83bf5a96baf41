package dev.upward.session.domain;

import dev.upward.commons.domain.StateConflictException;

/** The session's or mentorship's state does not allow the request (answered 409 {@code lifecycle}). */
public class SessionStateException extends StateConflictException {

    public SessionStateException(String message) {
        super("lifecycle", message);
    }
}
