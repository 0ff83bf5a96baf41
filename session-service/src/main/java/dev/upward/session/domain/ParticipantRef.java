package dev.upward.session.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A participant as session-service needs it: whose employee id stands behind which participant. */
@Entity
@Table(name = "participant_ref")
public class ParticipantRef {

    @Id
    private UUID participantId;
    private UUID programId;
    private String employeeId;
    private String role;
    private String timeZone;
    /** The mentee's learning goals, most important first, one skill per line. */
    private String learningGoals = "";

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

    public UUID programId() {
        return programId;
    }

    public String role() {
        return role;
    }

    public String timeZone() {
        return timeZone;
    }

    public java.util.List<String> learningGoals() {
        return learningGoals == null || learningGoals.isEmpty() ? java.util.List.of() : java.util.List.of(learningGoals.split("\n"));
    }

    /** Profile facts left out of an update (null) keep their value. */
    public void profileChanged(String newTimeZone, java.util.List<String> goalsByPriority) {
        if (newTimeZone != null) {
            timeZone = newTimeZone;
        }
        if (goalsByPriority != null) {
            learningGoals = String.join("\n", goalsByPriority);
        }
    }

    /** Erasure: the link to the person goes; the participant id stays so old events are recognised. */
    public void forget() {
        employeeId = "erased:" + participantId;
        timeZone = null;
        learningGoals = "";
    }
}
