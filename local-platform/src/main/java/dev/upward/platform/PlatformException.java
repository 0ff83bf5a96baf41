package dev.upward.platform;

/** A failure to download, prepare or start part of the local platform; the message says what to do. */
public class PlatformException extends RuntimeException {

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
