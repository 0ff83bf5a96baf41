package dev.upward.feedback.domain;

import dev.upward.feedback.persistence.JsonColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A participant's skills self-assessment in one phase. Once given it is a fixed point to
 * measure growth from, so it is never changed.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    private UUID id;
    @Column(name = "program_id")
    private UUID programId;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "author_employee_id")
    private String authorEmployeeId;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private Phase phase;
    @Convert(converter = JsonColumns.SkillScores.class)
    private List<SkillScore> ratings;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Assessment() {
        // for Hibernate
    }

    public static Assessment submit(ParticipantRef participant, Phase phase, List<SkillScore> ratings, Instant now) {
        if (ratings == null || ratings.isEmpty() || ratings.size() > 50) {
            throw new IllegalArgumentException("an assessment rates 1 to 50 skills");
        }
        Set<String> skills = new HashSet<>();
        for (SkillScore rating : ratings) {
            if (!skills.add(rating.skill())) {
                throw new IllegalArgumentException("skill '" + rating.skill() + "' is rated twice");
            }
        }
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.programId = participant.programId();
        assessment.participantId = participant.participantId();
        assessment.authorEmployeeId = participant.employeeId();
        assessment.role = participant.role();
        assessment.phase = phase;
        assessment.ratings = List.copyOf(ratings);
        assessment.submittedAt = now;
        return assessment;
    }

    /** Whether another submission says the same, in any order: a retry rather than a second opinion. */
    public boolean sameRatingsAs(List<SkillScore> other) {
        return other != null && new HashSet<>(ratings).equals(new HashSet<>(other)) && ratings.size() == other.size();
    }

    /** Keeps the scores under a pseudonym for growth figures; the link to the person goes. */
    public void anonymise(UUID pseudonym) {
        participantId = pseudonym;
        authorEmployeeId = null;
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

    public Phase phase() {
        return phase;
    }

    public List<SkillScore> ratings() {
        return ratings;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
