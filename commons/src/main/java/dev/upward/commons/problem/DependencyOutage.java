package dev.upward.commons.problem;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

import java.net.SocketException;

/**
 * Recognises a failure that means "the database is away for a moment" (a restart, a failover,
 * a crash being recovered) rather than a bug. The request did not complete; the honest answer
 * is 503 with Retry-After, not 500. A connection reset during a commit leaves its outcome
 * unknown, which is why the writes clients retry are the idempotent or conflict-checked ones.
 */
final class DependencyOutage {

    static final int RETRY_AFTER_SECONDS = 5;

    private DependencyOutage() {
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // refused, reset or closed connections (ConnectException is a SocketException)
            if (cause instanceof SocketException || cause instanceof ClosedConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exceptions; 57P01-57P03: admin or crash shutdown,
            // and "not yet accepting connections" while crash recovery runs
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
                return true;
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return false;
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
