package dev.upward.participant.domain;

/** In reverse mentoring the mentor is the junior employee and the mentee the senior leader. */
public enum ParticipantRole {
    MENTOR, MENTEE
}
