package dev.upward.feedback.domain;

import java.util.UUID;

/** The caller as a member of one mentorship: which participant they are in it, and on which side. */
public record Member(UUID participantId, Role role) {
}
