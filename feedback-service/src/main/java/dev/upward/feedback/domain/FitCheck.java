package dev.upward.feedback.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's answer to "is this mentorship working?". The reason is for its author alone; the
 * yes or no is what the programme team sees in aggregate and what may end the pairing.
 */
@Entity
@Table(name = "fit_check")
public class FitCheck extends MemberAnswer {

    private UUID mentorshipId;
    private boolean working;
    private String reason;

    protected FitCheck() {
        // for Hibernate
    }

    private FitCheck(MentorshipRef mentorship, Member author, String authorEmployeeId, Instant now) {
        super(mentorship.programId(), author.participantId(), authorEmployeeId, author.role(), now);
        this.mentorshipId = mentorship.mentorshipId();
    }

    public static FitCheck answer(MentorshipRef mentorship, Member author, String authorEmployeeId, boolean working,
                                  String reason, Instant now) {
        FitCheck check = new FitCheck(mentorship, author, authorEmployeeId, now);
        check.working = working;
        check.reason = reason;
        return check;
    }

    @Override
    public void anonymise(UUID pseudonym) {
        super.anonymise(pseudonym);
        reason = null;
    }

    public UUID mentorshipId() {
        return mentorshipId;
    }

    public boolean working() {
        return working;
    }

    public String reason() {
        return reason;
    }
}
