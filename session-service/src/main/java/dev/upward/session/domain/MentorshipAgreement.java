package dev.upward.session.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * What the pair agreed at the start. It is in force once both have confirmed the current
 * text; any change asks both to confirm again, so neither can alter it behind the other's back.
 */
@Entity
@Table(name = "mentorship_agreement")
public class MentorshipAgreement {

    @Id
    private UUID mentorshipId;
    private String goals;
    private String groundRules;
    private String confidentiality;
    private String meetingFrequency;
    private Instant mentorConfirmedAt;
    private Instant menteeConfirmedAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected MentorshipAgreement() {
        // for Hibernate
    }

    public MentorshipAgreement(UUID mentorshipId) {
        this.mentorshipId = mentorshipId;
    }

    /** New text: both confirmations lapse, except the author's, who agrees to what they wrote. */
    public void write(String newGoals, String newGroundRules, String newConfidentiality, String frequency, String author,
                      Instant now) {
        goals = newGoals;
        groundRules = newGroundRules;
        confidentiality = newConfidentiality;
        meetingFrequency = frequency;
        mentorConfirmedAt = null;
        menteeConfirmedAt = null;
        confirm(author, now);
        updatedAt = now;
    }

    public void confirm(String side, Instant now) {
        if ("MENTOR".equals(side)) {
            mentorConfirmedAt = now;
        } else {
            menteeConfirmedAt = now;
        }
    }

    public UUID mentorshipId() {
        return mentorshipId;
    }

    public boolean inForce() {
        return mentorConfirmedAt != null && menteeConfirmedAt != null;
    }

    public String goals() {
        return goals;
    }

    public String groundRules() {
        return groundRules;
    }

    public String confidentiality() {
        return confidentiality;
    }

    public String meetingFrequency() {
        return meetingFrequency;
    }

    public Instant mentorConfirmedAt() {
        return mentorConfirmedAt;
    }

    public Instant menteeConfirmedAt() {
        return menteeConfirmedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
