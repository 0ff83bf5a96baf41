package dev.upward.participant.api;

import dev.upward.participant.domain.Cadence;
import dev.upward.participant.domain.Eligibility;
import dev.upward.participant.domain.ProgramSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A programme's settings as an admin sends them to create or replace a programme. */
public record ProgramRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> objectives,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = "[a-z0-9-]{1,60}") String> focusTopics,
        LocalDate startsOn,
        LocalDate endsOn,
        Cadence cadence,
        @Min(1) @Max(100000) Integer capacity,
        LocalDate enrolmentOpensOn,
        LocalDate enrolmentClosesOn,
        @Valid EligibilityRequest eligibility) {

    /** Who may enrol; rules left out do not restrict anyone. */
    public record EligibilityRequest(
            @Min(0) @Max(30) Integer mentorMaxJobLevel,
            @Min(1) @Max(60) Integer mentorMaxTenureYears,
            @Min(0) @Max(30) Integer menteeMinJobLevel,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> departments) {
    }

    /** Checked here as well as in the domain so that a form shows it with the other field errors. */
    @AssertTrue(message = "endsOn must be after startsOn")
    public boolean isDateRangeValid() {
        return startsOn == null || endsOn == null || endsOn.isAfter(startsOn);
    }

    ProgramSettings toSettings() {
        Eligibility rules = eligibility == null ? Eligibility.ANYONE : new Eligibility(eligibility.mentorMaxJobLevel(),
                eligibility.mentorMaxTenureYears(), eligibility.menteeMinJobLevel(), eligibility.departments());
        return new ProgramSettings(name.strip(), description, objectives, focusTopics, startsOn, endsOn, cadence,
                capacity, enrolmentOpensOn, enrolmentClosesOn, rules);
    }
}
