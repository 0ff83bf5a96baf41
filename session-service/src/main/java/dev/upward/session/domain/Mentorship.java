package dev.upward.session.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The working relationship an accepted match starts: ACTIVE, AT_RISK when it has gone quiet,
 * then COMPLETED at its planned end or ENDED_EARLY (the match ended, a member left).
 */
@Entity
@Table(name = "mentorship")
public class Mentorship {

    @Id
    private UUID id;
    private UUID matchId;
    private UUID programId;
    private UUID mentorParticipantId;
    private UUID menteeParticipantId;
    private String status;
    private Instant startedAt;
    private LocalDate plannedEnd;
    private Instant endedAt;
    private String endReason;
    private Instant lastSessionAt;
    @Version
    private long version;

    protected Mentorship() {
        // for Hibernate
    }

    public static Mentorship start(UUID matchId, UUID programId, UUID mentor, UUID mentee, LocalDate plannedEnd, Instant now) {
        Mentorship mentorship = new Mentorship();
        mentorship.id = UUID.randomUUID();
        mentorship.matchId = matchId;
        mentorship.programId = programId;
        mentorship.mentorParticipantId = mentor;
        mentorship.menteeParticipantId = mentee;
        mentorship.status = "ACTIVE";
        mentorship.startedAt = now;
        mentorship.plannedEnd = plannedEnd;
        return mentorship;
    }

    public static final String ACTIVE = "ACTIVE";
    public static final String AT_RISK = "AT_RISK";
    public static final String COMPLETED = "COMPLETED";
    public static final String ENDED_EARLY = "ENDED_EARLY";

    /** Whether its members can still plan and hold sessions. */
    public boolean isOpen() {
        return ACTIVE.equals(status) || AT_RISK.equals(status);
    }

    /** The side the participant is on, or null when they are not a member. */
    public String sideOf(UUID participantId) {
        if (mentorParticipantId.equals(participantId)) {
            return "MENTOR";
        }
        return menteeParticipantId.equals(participantId) ? "MENTEE" : null;
    }

    public void requireOpen() {
        if (!isOpen()) {
            throw new SessionStateException("mentorship " + id + " is " + status + "; it has no more sessions");
        }
    }

    /** A held session brings a quiet mentorship back to ACTIVE. */
    public void sessionHeld(Instant at) {
        if (lastSessionAt == null || at.isAfter(lastSessionAt)) {
            lastSessionAt = at;
        }
        if (AT_RISK.equals(status)) {
            status = ACTIVE;
        }
    }

    /** Answers true when this call moved it to AT_RISK (so the event is published once). */
    public boolean markAtRisk() {
        if (!ACTIVE.equals(status)) {
            return false;
        }
        status = AT_RISK;
        return true;
    }

    /** Answers true when this call completed it. */
    public boolean complete(Instant now) {
        if (!isOpen()) {
            return false;
        }
        status = COMPLETED;
        endedAt = now;
        endReason = "COMPLETED";
        return true;
    }

    /** Answers true when this call ended it. */
    public boolean endEarly(String reason, Instant now) {
        if (!isOpen()) {
            return false;
        }
        status = ENDED_EARLY;
        endedAt = now;
        endReason = reason;
        return true;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public Instant lastSessionAt() {
        return lastSessionAt;
    }

    public UUID id() {
        return id;
    }

    public UUID matchId() {
        return matchId;
    }

    public UUID programId() {
        return programId;
    }

    public UUID mentorParticipantId() {
        return mentorParticipantId;
    }

    public UUID menteeParticipantId() {
        return menteeParticipantId;
    }

    public String status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }
}
