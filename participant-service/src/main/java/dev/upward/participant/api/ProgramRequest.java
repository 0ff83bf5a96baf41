package dev.upward.participant.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What an admin sends to create a programme. */
public record ProgramRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        LocalDate startsOn,
        LocalDate endsOn) {

    @AssertTrue(message = "endsOn must be after startsOn")
    public boolean isDateRangeValid() {
        return startsOn == null || endsOn == null || endsOn.isAfter(startsOn);
    }
}
