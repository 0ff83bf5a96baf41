package dev.upward.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's answer to "is this mentorship working?". The reason is for its author alone; the
 * yes or no is what the programme team sees in aggregate and what may end the pairing.
 */
@Entity
@Table(name = "fit_check")
public class FitCheck {

    @Id
    private UUID id;
    @Column(name = "mentorship_id")
    private UUID mentorshipId;
    @Column(name = "program_id")
    private UUID programId;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "author_employee_id")
    private String authorEmployeeId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private boolean working;
    private String reason;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected FitCheck() {
        // for Hibernate
    }

    public static FitCheck answer(MentorshipRef mentorship, Member author, String authorEmployeeId, boolean working,
                                  String reason, Instant now) {
        FitCheck check = new FitCheck();
        check.id = UUID.randomUUID();
        check.mentorshipId = mentorship.mentorshipId();
        check.programId = mentorship.programId();
        check.participantId = author.participantId();
        check.authorEmployeeId = authorEmployeeId;
        check.role = author.role();
        check.working = working;
        check.reason = reason;
        check.submittedAt = now;
        return check;
    }

    /** Keeps the yes or no for aggregates under a pseudonym; the reason and the link to the person go. */
    public void anonymise(UUID pseudonym) {
        participantId = pseudonym;
        authorEmployeeId = null;
        reason = null;
    }

    public boolean isAuthoredBy(String employeeId) {
        return authorEmployeeId != null && authorEmployeeId.equals(employeeId);
    }

    public UUID id() {
        return id;
    }

    public UUID mentorshipId() {
        return mentorshipId;
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

    public boolean working() {
        return working;
    }

    public String reason() {
        return reason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
