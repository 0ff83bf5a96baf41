package dev.upward.session.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the session endpoints. */
public final class SessionRequests {

    private SessionRequests() {
    }

    /**
     * {@code startsAt} with an offset ({@code 2027-03-01T10:00:00+01:00}), or local
     * ({@code 2027-03-01T10:00}) together with {@code timeZone}; {@code timeZone} is also the
     * zone the programme's dates are read in and the one the session is shown in by default.
     */
    public record Schedule(@NotBlank String startsAt, @Size(max = 64) String timeZone,
                           @NotNull Integer durationMinutes,
                           @NotNull @Pattern(regexp = "IN_PERSON|VIDEO|WORKSHOP", message = "must be IN_PERSON, VIDEO or WORKSHOP") String format,
                           @Size(max = 500) String location,
                           @Size(max = 20) List<@NotBlank @Size(max = 300) String> agenda,
                           @Size(max = 10) List<@NotBlank @Size(max = 80) String> topics) {
    }

    public record Reschedule(@NotBlank String startsAt, @Size(max = 64) String timeZone, Integer durationMinutes) {
    }

    public record Agenda(@NotNull @Size(max = 20) List<@NotBlank @Size(max = 300) String> agenda,
                         @Size(max = 10) List<@NotBlank @Size(max = 80) String> topics) {
    }

    public record Cancellation(@Size(max = 1000) String reason) {
    }

    public record NoShow(@NotNull @Pattern(regexp = "MENTOR|MENTEE|BOTH", message = "must be MENTOR, MENTEE or BOTH") String missedBy) {
    }

    public record Note(@NotNull @Size(max = 10000) String text) {
    }
}
