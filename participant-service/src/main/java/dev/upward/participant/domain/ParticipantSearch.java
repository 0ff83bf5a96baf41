package dev.upward.participant.domain;

/** Which of a programme's participants an admin lists; null means "any". {@code text} matches name, e-mail or id. */
public record ParticipantSearch(ParticipantRole role, ParticipantStatus status, String department, String text) {
}
