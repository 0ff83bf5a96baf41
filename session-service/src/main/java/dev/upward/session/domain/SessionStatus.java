package dev.upward.session.domain;

/** scheduled → completed | cancelled | missed; the last three are final. */
public enum SessionStatus {
    SCHEDULED, COMPLETED, CANCELLED, MISSED
}
