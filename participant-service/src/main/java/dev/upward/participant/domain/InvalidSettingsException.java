package dev.upward.participant.domain;

import java.util.List;

/** Settings that contradict themselves or a rule (422 with one entry per problem). */
public class InvalidSettingsException extends RuntimeException {

    private final transient List<RuleFailure> problems;

    public InvalidSettingsException(List<RuleFailure> problems) {
        super(problems.stream().map(p -> p.rule() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.problems = List.copyOf(problems);
    }

    public List<RuleFailure> problems() {
        return problems;
    }
}
