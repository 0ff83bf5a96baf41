package dev.upward.participant.domain;

/** A named business rule that a request breaks, with a sentence a person can act on. */
public record RuleFailure(String rule, String message) {
}
