package dev.upward.matching.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A proposed pair. Both must accept before {@code respondBy}; one decline ends it, and so does
 * the deadline. Only an accepted match becomes a mentorship.
 */
@Entity
@Table(name = "match")
public class Match {

    /** What a decision did to the match. */
    public enum Outcome { WAITING_FOR_OTHER, ACCEPTED, DECLINED }

    @Id
    private UUID id;
    private UUID programId;
    private UUID mentorParticipantId;
    private UUID menteeParticipantId;
    private String mentorEmployeeId;
    private String menteeEmployeeId;
    private int scoreMicros;
    private MatchExplanation explanation;
    @Enumerated(EnumType.STRING)
    private MatchStatus status;
    private String mentorDecision;
    private String menteeDecision;
    private Instant respondBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Match() {
        // for Hibernate
    }

    public static Match propose(UUID programId, ParticipantRef mentor, ParticipantRef mentee, int scoreMicros,
                                MatchExplanation explanation, Instant respondBy, Instant now) {
        Match match = new Match();
        match.id = UUID.randomUUID();
        match.programId = programId;
        match.mentorParticipantId = mentor.participantId();
        match.menteeParticipantId = mentee.participantId();
        match.mentorEmployeeId = mentor.employeeId();
        match.menteeEmployeeId = mentee.employeeId();
        match.scoreMicros = scoreMicros;
        match.explanation = explanation;
        match.status = MatchStatus.PROPOSED;
        match.respondBy = respondBy;
        match.createdAt = now;
        match.updatedAt = now;
        return match;
    }

    /** The side this employee is on, or null when the match is not theirs. */
    public String sideOf(String employeeId) {
        if (mentorEmployeeId.equals(employeeId)) {
            return "MENTOR";
        }
        return menteeEmployeeId.equals(employeeId) ? "MENTEE" : null;
    }

    public Outcome decide(String side, boolean accept, Instant now) {
        if (status != MatchStatus.PROPOSED) {
            throw new MatchStateException("match " + id + " is " + status + "; only a proposed match can be answered");
        }
        if (now.isAfter(respondBy)) {
            throw new MatchStateException("match " + id + " expired at " + respondBy);
        }
        String decision = accept ? "ACCEPTED" : "DECLINED";
        if ("MENTOR".equals(side)) {
            mentorDecision = decision;
        } else {
            menteeDecision = decision;
        }
        updatedAt = now;
        if (!accept) {
            status = MatchStatus.DECLINED;
            return Outcome.DECLINED;
        }
        if ("ACCEPTED".equals(mentorDecision) && "ACCEPTED".equals(menteeDecision)) {
            status = MatchStatus.ACCEPTED;
            return Outcome.ACCEPTED;
        }
        return Outcome.WAITING_FOR_OTHER;
    }

    /** Whether the deadline passed without both answers; marks it expired if so. */
    public boolean expireIfDue(Instant now) {
        if (status == MatchStatus.PROPOSED && now.isAfter(respondBy)) {
            status = MatchStatus.EXPIRED;
            updatedAt = now;
            return true;
        }
        return false;
    }

    /** The participant on the given side. */
    public UUID participantOn(String side) {
        return "MENTOR".equals(side) ? mentorParticipantId : menteeParticipantId;
    }

    /** Ends a proposed or accepted match because one side left or asked for a rematch; answers whether it changed. */
    public boolean endEarly(Instant now) {
        if (status != MatchStatus.PROPOSED && status != MatchStatus.ACCEPTED) {
            return false;
        }
        status = MatchStatus.ENDED;
        updatedAt = now;
        return true;
    }

    public UUID id() {
        return id;
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

    public String mentorEmployeeId() {
        return mentorEmployeeId;
    }

    public String menteeEmployeeId() {
        return menteeEmployeeId;
    }

    public int scoreMicros() {
        return scoreMicros;
    }

    public MatchExplanation explanation() {
        return explanation;
    }

    public MatchStatus status() {
        return status;
    }

    public String mentorDecision() {
        return mentorDecision;
    }

    public String menteeDecision() {
        return menteeDecision;
    }

    public Instant respondBy() {
        return respondBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
