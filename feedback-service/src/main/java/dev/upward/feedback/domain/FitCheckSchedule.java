package dev.upward.feedback.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a mentorship's fit check opens: with its n-th completed session. Asking after the first
 * catches a bad pairing before it stalls for months; programmes that want a second impression
 * raise n.
 */
public record FitCheckSchedule(int afterSessions) {

    public FitCheckSchedule {
        if (afterSessions < 1) {
            throw new IllegalArgumentException("the fit check opens after at least one session");
        }
    }

    /** The moment it opened, given when the mentorship's sessions were completed; empty while it is not open. */
    public Optional<Instant> opensAt(List<Instant> completions) {
        if (completions.size() < afterSessions) {
            return Optional.empty();
        }
        return Optional.of(completions.stream().sorted().toList().get(afterSessions - 1));
    }
}
