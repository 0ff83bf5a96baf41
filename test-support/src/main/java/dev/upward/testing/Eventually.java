package dev.upward.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for an asynchronous effect (a consumed event) instead of sleeping a fixed time. */
public final class Eventually {

    private Eventually() {
    }

    public static void assertTrue(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true within " + timeout.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what);
            }
        }
    }
}
