package dev.upward.feedback.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A mentorship known from session-service: who its two members are. */
@Entity
@Table(name = "mentorship_ref")
public class MentorshipRef {

    @Id
    private UUID mentorshipId;
    private UUID matchId;
    private UUID programId;
    private UUID mentorParticipantId;
    private UUID menteeParticipantId;
    private Instant startedAt;

    protected MentorshipRef() {
        // for Hibernate
    }

    public MentorshipRef(UUID mentorshipId, UUID matchId, UUID programId, UUID mentorParticipantId,
                         UUID menteeParticipantId, Instant startedAt) {
        this.mentorshipId = mentorshipId;
        this.matchId = matchId;
        this.programId = programId;
        this.mentorParticipantId = mentorParticipantId;
        this.menteeParticipantId = menteeParticipantId;
        this.startedAt = startedAt;
    }

    /** The side the participant is on, or null when they are not a member. */
    public Role roleOf(UUID participantId) {
        if (mentorParticipantId.equals(participantId)) {
            return Role.MENTOR;
        }
        if (menteeParticipantId.equals(participantId)) {
            return Role.MENTEE;
        }
        return null;
    }

    public UUID mentorshipId() {
        return mentorshipId;
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
}
