package dev.upward.feedback.app;

import dev.upward.feedback.domain.Assessment;
import dev.upward.feedback.domain.Phase;
import dev.upward.feedback.domain.SkillScore;
import dev.upward.feedback.persistence.AssessmentRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A participant assesses their skills before or after a programme, once per phase. */
@ApplicationScoped
public class SubmitAssessment {

    private final Memberships memberships;
    private final AssessmentRepository assessments;
    private final FeedbackEvents events;
    private final Clock clock;

    public SubmitAssessment(Memberships memberships, AssessmentRepository assessments, FeedbackEvents events,
                            Clock clock) {
        this.memberships = memberships;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    /** Null when the employee is not a participant of the programme; different ratings for a phase already assessed are refused. */
    @WithTransaction
    public Uni<Answered<Assessment>> submit(String employeeId, UUID programId, Phase phase, List<SkillScore> ratings) {
        Instant now = clock.instant();
        return memberships.inProgram(employeeId, programId).flatMap(participant -> participant == null
                ? Uni.createFrom().nullItem()
                : Answered.once(
                        assessments.byParticipantAndPhase(participant.participantId(), phase)
                                .map(existing -> existing == null ? null : existing.resubmitted(ratings)),
                        () -> assessments.persist(Answered.checked("assessment",
                                        () -> Assessment.submit(participant, phase, ratings, now)))
                                .call(events::assessed)));
    }
}
