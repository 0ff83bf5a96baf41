package dev.upward.participant.domain;

import dev.upward.commons.domain.RuleViolationException.Failure;
import dev.upward.contracts.FocusTopics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Everything an admin decides about a programme, checked as a whole before it is applied. */
public record ProgramSettings(String name, String description, List<String> objectives, List<String> focusTopics,
                              LocalDate startsOn, LocalDate endsOn, Cadence cadence, Integer capacity,
                              LocalDate enrolmentOpensOn, LocalDate enrolmentClosesOn, Eligibility eligibility) {

    public ProgramSettings {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        focusTopics = focusTopics == null ? List.of() : List.copyOf(focusTopics);
        cadence = cadence == null ? Cadence.BIWEEKLY : cadence;
        eligibility = eligibility == null ? Eligibility.ANYONE : eligibility;
    }

    /** Field-level problems; empty when the settings are consistent. */
    public List<Failure> problems() {
        List<Failure> problems = new ArrayList<>();
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            problems.add(new Failure("endsOn", "must be after startsOn"));
        }
        if (enrolmentOpensOn != null && enrolmentClosesOn != null && enrolmentClosesOn.isBefore(enrolmentOpensOn)) {
            problems.add(new Failure("enrolmentClosesOn", "must not be before enrolmentOpensOn"));
        }
        if (enrolmentClosesOn != null && endsOn != null && enrolmentClosesOn.isAfter(endsOn)) {
            problems.add(new Failure("enrolmentClosesOn", "must not be after the programme ends"));
        }
        for (String topic : focusTopics) {
            if (!FocusTopics.isKnown(topic)) {
                problems.add(new Failure("focusTopics", "unknown topic '" + topic + "'; see GET /focus-topics"));
            }
        }
        if (focusTopics.stream().distinct().count() != focusTopics.size()) {
            problems.add(new Failure("focusTopics", "must not repeat a topic"));
        }
        problems.addAll(eligibility.inconsistencies());
        return problems;
    }
}
