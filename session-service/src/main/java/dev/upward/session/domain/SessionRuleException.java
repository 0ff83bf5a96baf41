package dev.upward.session.domain;

/** A scheduling rule is broken (answered 422, naming the rule). */
public class SessionRuleException extends RuntimeException {

    private final String rule;

    public SessionRuleException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
