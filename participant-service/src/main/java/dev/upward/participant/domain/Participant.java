package dev.upward.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import dev.upward.participant.persistence.JsonColumns;
import jakarta.persistence.Convert;

import java.time.Instant;
import java.util.UUID;

/** One employee taking part in one programme as mentor or mentee. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    private UUID id;
    @Column(name = "program_id")
    private UUID programId;
    @Column(name = "employee_id")
    private String employeeId;
    @Enumerated(EnumType.STRING)
    private ParticipantRole role;
    @Enumerated(EnumType.STRING)
    private ParticipantStatus status;
    @Convert(converter = JsonColumns.ProfileDocument.class)
    private Profile profile;
    @Column(name = "enrolled_at")
    private Instant enrolledAt;
    @Column(name = "enrolled_by")
    private String enrolledBy;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "updated_at")
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
