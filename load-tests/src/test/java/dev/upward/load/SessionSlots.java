package dev.upward.load;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Start times that pass every scheduling rule: in the future, inside the programme, and never
 * overlapping another session of the same pair (each pair gets its own 45-minute grid from
 * tomorrow on; its members are in no other mentorship).
 */
final class SessionSlots {

    private final Instant firstSlot = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    private final Map<Integer, AtomicInteger> taken = new ConcurrentHashMap<>();

    String next(int pair) {
        int slot = taken.computeIfAbsent(pair, p -> new AtomicInteger()).getAndIncrement();
        return firstSlot.plus(Duration.ofMinutes(45L * slot)).toString();
    }
}
