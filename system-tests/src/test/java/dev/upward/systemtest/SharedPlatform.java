package dev.upward.systemtest;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the platform once for every system-test class and stops it when the whole run ends,
 * failing the run if a port is still open afterwards.
 */
final class SharedPlatform implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ExtensionContext.Store root = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        root.getOrComputeIfAbsent(SharedPlatform.class, key -> {
            try {
                RunningPlatform.start();
            } catch (Exception e) {
                throw new IllegalStateException("the platform did not start: " + e.getMessage(), e);
            }
            return new Stopper();
        });
    }

    /** Closed by JUnit when the root context ends, after the last test class. */
    private static final class Stopper implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws Exception {
            if (!RunningPlatform.stop()) {
                throw new IllegalStateException("a port is still open after the platform stopped");
            }
        }
    }
}
