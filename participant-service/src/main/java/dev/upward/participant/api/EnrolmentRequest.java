package dev.upward.participant.api;

import dev.upward.participant.domain.ParticipantRole;
import dev.upward.participant.domain.Profile;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Enrol as mentor or mentee. {@code employeeId} is for admins enrolling someone else; a
 * participant always enrols themselves. The profile may come now or later.
 */
public record EnrolmentRequest(
        @NotNull ParticipantRole role,
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String employeeId,
        Profile profile) {
}
