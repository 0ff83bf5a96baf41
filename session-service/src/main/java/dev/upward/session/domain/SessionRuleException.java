package dev.upward.session.domain;

import dev.upward.commons.domain.RuleViolationException;

/** A scheduling rule is broken (answered 422, naming the rule). */
public class SessionRuleException extends RuleViolationException {

    public SessionRuleException(String rule, String message) {
        super(rule, message);
    }
}
