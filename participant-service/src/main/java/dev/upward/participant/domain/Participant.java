package dev.upward.participant.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One employee taking part in one programme as mentor or mentee. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    private UUID id;
    private UUID programId;
    private String employeeId;
    @Enumerated(EnumType.STRING)
    private ParticipantRole role;
    @Enumerated(EnumType.STRING)
    private ParticipantStatus status;
    // stored as JSON text by persistence.JsonColumns (applied by type)
    private Profile profile;
    private Instant enrolledAt;
    private String enrolledBy;
    private Instant endedAt;
    private String endReason;
    private Instant updatedAt;
    @Version
    private long version;

    protected Participant() {
        // for Hibernate
    }

    public static Participant enrol(UUID programId, String employeeId, ParticipantRole role, Profile profile,
                                    String enrolledBy, Instant now) {
        Participant participant = new Participant();
        participant.id = UUID.randomUUID();
        participant.programId = programId;
        participant.employeeId = employeeId;
        participant.role = role;
        participant.status = ParticipantStatus.ACTIVE;
        participant.profile = profile == null ? Profile.EMPTY : profile;
        participant.enrolledAt = now;
        participant.enrolledBy = enrolledBy;
        participant.updatedAt = now;
        return participant;
    }

    public void updateProfile(Profile newProfile, Instant now) {
        requireActive("change the profile of");
        profile = newProfile;
        updatedAt = now;
    }

    public void withdraw(String reason, Instant now) {
        requireActive("withdraw");
        status = ParticipantStatus.WITHDRAWN;
        endReason = reason;
        endedAt = now;
        updatedAt = now;
    }

    /** Erasure: drop the profile and reason; an active participation ends as withdrawn. */
    public void forget(Instant now) {
        profile = Profile.EMPTY;
        endReason = null;
        if (status == ParticipantStatus.ACTIVE) {
            status = ParticipantStatus.WITHDRAWN;
            endedAt = now;
        }
        updatedAt = now;
    }

    private void requireActive(String action) {
        if (status != ParticipantStatus.ACTIVE) {
            throw new LifecycleException("cannot " + action + " participant " + id + ": it is " + status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID programId() {
        return programId;
    }

    public String employeeId() {
        return employeeId;
    }

    public ParticipantRole role() {
        return role;
    }

    public ParticipantStatus status() {
        return status;
    }

    public Profile profile() {
        return profile;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public String enrolledBy() {
        return enrolledBy;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }
}
