package dev.upward.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The working relationship an accepted match starts; it runs until the programme's end. */
@Entity
@Table(name = "mentorship")
public class Mentorship {

    @Id
    private UUID id;
    @Column(name = "match_id")
    private UUID matchId;
    @Column(name = "program_id")
    private UUID programId;
    @Column(name = "mentor_participant_id")
    private UUID mentorParticipantId;
    @Column(name = "mentee_participant_id")
    private UUID menteeParticipantId;
    private String status;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    protected Mentorship() {
        // for Hibernate
    }

    public static Mentorship start(UUID matchId, UUID programId, UUID mentor, UUID mentee, LocalDate plannedEnd, Instant now) {
        Mentorship mentorship = new Mentorship();
        mentorship.id = UUID.randomUUID();
        mentorship.matchId = matchId;
        mentorship.programId = programId;
        mentorship.mentorParticipantId = mentor;
        mentorship.menteeParticipantId = mentee;
        mentorship.status = "ACTIVE";
        mentorship.startedAt = now;
        mentorship.plannedEnd = plannedEnd;
        return mentorship;
    }

    public UUID id() {
        return id;
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

    public String status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }
}
