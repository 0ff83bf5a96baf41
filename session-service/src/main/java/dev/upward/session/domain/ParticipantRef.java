package dev.upward.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A participant as session-service needs it: whose employee id stands behind which participant. */
@Entity
@Table(name = "participant_ref")
public class ParticipantRef {

    @Id
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "program_id")
    private UUID programId;
    @Column(name = "employee_id")
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

    public UUID participantId() {
        return participantId;
    }

    public String employeeId() {
        return employeeId;
    }
}
