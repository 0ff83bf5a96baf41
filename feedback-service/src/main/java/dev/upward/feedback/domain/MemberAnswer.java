package dev.upward.feedback.domain;

import dev.upward.feedback.domain.disclosure.SettledAnswer;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/**
 * What every answer a member gives has in common: who gave it, on which side, in which
 * programme and when. Only its author may read an answer back; aggregates see it as a
 * {@link SettledAnswer} of the participant id, which erasure replaces with a pseudonym.
 */
@MappedSuperclass
public abstract class MemberAnswer {

    @Id
    private UUID id;
    private UUID programId;
    private UUID participantId;
    private String authorEmployeeId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Instant submittedAt;

    protected MemberAnswer() {
        // for Hibernate
    }

    protected MemberAnswer(UUID programId, UUID participantId, String authorEmployeeId, Role role, Instant submittedAt) {
        this.id = UUID.randomUUID();
        this.programId = programId;
        this.participantId = participantId;
        this.authorEmployeeId = authorEmployeeId;
        this.role = role;
        this.submittedAt = submittedAt;
    }

    /**
     * Keeps what aggregates count under a pseudonym that nothing else knows (the same one for
     * all of a participation's answers, so respondent counts stay right) and cuts the link to
     * the person. Answers holding free text drop it too.
     */
    public void anonymise(UUID pseudonym) {
        participantId = pseudonym;
        authorEmployeeId = null;
    }

    public boolean isAuthoredBy(String employeeId) {
        return authorEmployeeId != null && authorEmployeeId.equals(employeeId);
    }

    /** This answer as aggregates count it, final from {@code settledAt}. */
    public <V> SettledAnswer<V> settled(Instant settledAt, V value) {
        return new SettledAnswer<>(id, participantId, role, settledAt, value);
    }

    public UUID id() {
        return id;
    }

    public UUID programId() {
        return programId;
    }

    public UUID participantId() {
        return participantId;
    }

    public Role role() {
        return role;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
