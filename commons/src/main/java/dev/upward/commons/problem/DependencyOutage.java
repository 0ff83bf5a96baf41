package dev.upward.commons.problem;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

import java.net.ConnectException;

/**
 * Recognises a failure that means "the database is away for a moment" (a restart, a failover,
 * a crash being recovered) rather than a bug. Such a request changed nothing, since its
 * transaction never committed, so the honest answer is 503 with Retry-After, not 500.
 */
final class DependencyOutage {

    static final int RETRY_AFTER_SECONDS = 5;

    private DependencyOutage() {
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException) {
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
