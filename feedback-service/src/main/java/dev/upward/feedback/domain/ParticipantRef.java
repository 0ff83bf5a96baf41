package dev.upward.feedback.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * Which employee stands behind a participant, learnt from participant-service. This is the only
 * link between a token's employee id and the pseudonymous participant ids events carry.
 */
@Entity
@Table(name = "participant_ref")
public class ParticipantRef {

    @Id
    private UUID participantId;
    private UUID programId;
    private String employeeId;
    private String role;

    protected ParticipantRef() {
        // for Hibernate
    }

    public ParticipantRef(UUID participantId, UUID programId, String employeeId, String role) {
        this.participantId = participantId;
        this.programId = programId;
        this.employeeId = employeeId;
        this.role = role;
    }

    /**
     * Cuts the link to the person. The row stays, so that a repeated enrolment event finds it
     * and cannot link the person again.
     */
    public void erase() {
        employeeId = null;
    }

    public UUID participantId() {
        return participantId;
    }

    public UUID programId() {
        return programId;
    }

    public String employeeId() {
        return employeeId;
    }

    public Role role() {
        return Role.valueOf(role);
    }
}
