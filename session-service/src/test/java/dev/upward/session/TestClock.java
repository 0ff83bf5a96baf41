package dev.upward.session;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Lets the tests move session-service's time forward: past a session's start, towards nudges. */
public class TestClock extends Clock {

    private static volatile Duration ahead = Duration.ZERO;

    public static void moveForward(Duration by) {
        ahead = ahead.plus(by);
    }

    public static void backToNow() {
        ahead = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    /** Replaces the production clock bean in every test of this module. */
    public static class Producer {
        @Produces
        @Singleton
        @Alternative
        @Priority(1)
        Clock clock() {
            return new TestClock();
        }
    }
}
