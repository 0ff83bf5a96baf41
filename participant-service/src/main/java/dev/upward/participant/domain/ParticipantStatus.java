package dev.upward.participant.domain;

/** ACTIVE while taking part; WITHDRAWN by choice or by an admin; OFFBOARDED on leaving the company. */
public enum ParticipantStatus {
    ACTIVE, WITHDRAWN, OFFBOARDED
}
