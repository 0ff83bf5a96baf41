package dev.upward.feedback.domain;

import dev.upward.commons.domain.StateConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * A participant's skills self-assessment in one phase. Once given it is a fixed point to
 * measure growth from, so it is never changed. The ratings are stored as JSON text (see the
 * converters in persistence).
 */
@Entity
@Table(name = "assessment")
public class Assessment extends MemberAnswer {

    @Enumerated(EnumType.STRING)
    private Phase phase;
    private List<SkillScore> ratings;

    protected Assessment() {
        // for Hibernate
    }

    private Assessment(ParticipantRef participant, Instant now) {
        super(participant.programId(), participant.participantId(), participant.employeeId(), participant.role(), now);
    }

    public static Assessment submit(ParticipantRef participant, Phase phase, List<SkillScore> ratings, Instant now) {
        List<SkillScore> checked = KeyedList.check(ratings, 50, SkillScore::skill, "an assessment rates 1 to 50 skills",
                skill -> "skill '" + skill + "' is rated twice");
        Assessment assessment = new Assessment(participant, now);
        assessment.phase = phase;
        assessment.ratings = checked;
        return assessment;
    }

    /**
     * This assessment again for a retry that says the same, in any order. Different ratings are
     * refused: growth is measured from the first.
     */
    public Assessment resubmitted(List<SkillScore> other) {
        if (!sameRatingsAs(other)) {
            throw new StateConflictException("assessment-exists", "your " + phase + " assessment was given on "
                    + submittedAt() + " and stays as it is, so that growth is measured from it");
        }
        return this;
    }

    /** Whether another submission says the same, in any order: a retry rather than a second opinion. */
    public boolean sameRatingsAs(List<SkillScore> other) {
        return other != null && new HashSet<>(ratings).equals(new HashSet<>(other)) && ratings.size() == other.size();
    }

    public Phase phase() {
        return phase;
    }

    public List<SkillScore> ratings() {
        return ratings;
    }
}
