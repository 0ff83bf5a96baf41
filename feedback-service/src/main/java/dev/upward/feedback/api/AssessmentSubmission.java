package dev.upward.feedback.api;

import dev.upward.feedback.domain.Phase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** My self-ratings in one programme and phase. */
public record AssessmentSubmission(@NotNull UUID programId, @NotNull Phase phase,
                                   @NotEmpty @Size(max = 50) List<@Valid @NotNull Rating> ratings) {

    public record Rating(@NotBlank @Size(max = 100) String skill, @NotNull @Min(1) @Max(5) Integer score) {
    }
}
