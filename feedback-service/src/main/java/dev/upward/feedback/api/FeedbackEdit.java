package dev.upward.feedback.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The whole answer again; the session it is about cannot change. */
public record FeedbackEdit(
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = "[a-z0-9-]{1,80}") String> usefulTopics,
        @Size(max = 4000) String learned,
        @Size(max = 2000) String commentForProgramTeam) implements FeedbackAnswer {
}
