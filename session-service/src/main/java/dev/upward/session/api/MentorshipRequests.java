package dev.upward.session.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the mentorship endpoints. */
public final class MentorshipRequests {

    private MentorshipRequests() {
    }

    public record Agreement(@NotBlank @Size(max = 4000) String goals, @NotBlank @Size(max = 4000) String groundRules,
                            @NotBlank @Size(max = 2000) String confidentiality,
                            @NotNull @Pattern(regexp = "WEEKLY|BIWEEKLY|MONTHLY", message = "must be WEEKLY, BIWEEKLY or MONTHLY")
                            String meetingFrequency) {
    }

    public record NewMilestone(@NotBlank @Size(max = 300) String title, LocalDate dueOn) {
    }

    public record NewGoal(@NotBlank @Size(max = 300) String title, @Size(max = 20) List<@Valid @NotNull NewMilestone> milestones) {
    }

    public record Progress(@NotNull @Min(0) @Max(100) Integer progress) {
    }

    public record NudgeSettings(@NotNull @Min(1) @Max(90) Integer firstSessionWithinDays,
                                @NotNull @Min(1) @Max(26) Integer atRiskAfterWeeks,
                                @NotNull @Min(1) @Max(168) Integer reminderHoursBefore) {
    }
}
