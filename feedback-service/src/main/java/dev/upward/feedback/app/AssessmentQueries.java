package dev.upward.feedback.app;

import dev.upward.feedback.domain.Assessment;
import dev.upward.feedback.domain.ParticipantRef;
import dev.upward.feedback.domain.Phase;
import dev.upward.feedback.persistence.AssessmentRepository;
import dev.upward.feedback.persistence.ParticipantRefRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A participant's own assessments; nobody else's are ever read. */
@ApplicationScoped
public class AssessmentQueries {

    private final ParticipantRefRepository participants;
    private final AssessmentRepository assessments;

    public AssessmentQueries(ParticipantRefRepository participants, AssessmentRepository assessments) {
        this.participants = participants;
        this.assessments = assessments;
    }

    /** One participation's assessments; either may be null, not both. */
    public record ParticipationAssessments(ParticipantRef participant, Assessment pre, Assessment post) {
    }

    /** Per participation of the employee with at least one assessment. */
    @WithSession
    public Uni<List<ParticipationAssessments>> mine(String employeeId) {
        return participants.ofEmployee(employeeId).flatMap(mine -> assessments.byAuthor(employeeId).map(given -> {
            Map<UUID, List<Assessment>> byParticipant = given.stream()
                    .collect(Collectors.groupingBy(Assessment::participantId));
            List<ParticipationAssessments> result = new ArrayList<>();
            for (ParticipantRef p : mine) {
                List<Assessment> own = byParticipant.getOrDefault(p.participantId(), List.of());
                Assessment pre = phase(own, Phase.PRE);
                Assessment post = phase(own, Phase.POST);
                if (pre != null || post != null) {
                    result.add(new ParticipationAssessments(p, pre, post));
                }
            }
            return result;
        }));
    }

    private static Assessment phase(List<Assessment> assessments, Phase phase) {
        return assessments.stream().filter(a -> a.phase() == phase).findFirst().orElse(null);
    }
}
