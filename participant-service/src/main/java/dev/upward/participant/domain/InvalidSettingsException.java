package dev.upward.participant.domain;

import dev.upward.commons.domain.RuleViolationException;

import java.util.List;

/** Settings that contradict themselves or a rule (422 {@code rule-violated/invalid-settings}, one entry per problem). */
public class InvalidSettingsException extends RuleViolationException {

    public InvalidSettingsException(List<Failure> problems) {
        super("invalid-settings", "the settings are inconsistent", problems);
    }
}
