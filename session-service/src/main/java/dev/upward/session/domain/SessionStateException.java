package dev.upward.session.domain;

/** The session's or mentorship's state does not allow the request (answered 409). */
public class SessionStateException extends RuntimeException {

    public SessionStateException(String message) {
        super(message);
    }
}
