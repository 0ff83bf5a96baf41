package dev.upward.feedback.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** "Is this working?" for one of my mentorships; the reason stays private to me. */
public record FitCheckSubmission(@NotNull UUID mentorshipId, @NotNull Boolean working, @Size(max = 2000) String reason) {
}
