package dev.upward.commons.domain;

import java.util.List;

/**
 * A business rule refuses the request although it is well-formed (a session outside the
 * programme, inconsistent settings). The REST layer answers 422 with the problem type
 * {@code rule-violated/<rule>} and one error entry per failing rule. Plain Java, so domain
 * code can throw it without depending on any framework.
 */
public class RuleViolationException extends RuntimeException {

    /** One failing rule and what it says. */
    public record Failure(String rule, String message) {
    }

    private final String rule;
    private final transient List<Failure> failures;

    /** A single broken rule; the message is the problem's detail. */
    public RuleViolationException(String rule, String message) {
        this(rule, message, List.of());
    }

    /** Several failing rules under one name; the detail lists them all after the summary. */
    public RuleViolationException(String rule, String summary, List<Failure> failures) {
        super(failures.isEmpty() ? summary
                : summary + ": " + String.join("; ", failures.stream().map(f -> f.rule() + " - " + f.message()).toList()));
        this.rule = rule;
        this.failures = List.copyOf(failures);
    }

    public String rule() {
        return rule;
    }

    public List<Failure> failures() {
        return failures;
    }
}
