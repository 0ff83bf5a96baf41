package dev.upward.analytics.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The period retention is measured over: from the programme's start to its end, or to today
 * while it still runs. A programme that has not started has no window yet.
 */
public record RetentionWindow(LocalDate from, LocalDate to) {

    public static Optional<RetentionWindow> of(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (startsOn == null || startsOn.isAfter(today)) {
            return Optional.empty();
        }
        LocalDate to = endsOn == null || endsOn.isAfter(today) ? today : endsOn;
        return Optional.of(new RetentionWindow(startsOn, to));
    }
}
