package dev.upward.matching.app;

import dev.upward.matching.domain.Match;

/** A match as one of its people sees it: {@code side} is MENTOR or MENTEE. */
public record SidedMatch(Match match, String side) {
}
