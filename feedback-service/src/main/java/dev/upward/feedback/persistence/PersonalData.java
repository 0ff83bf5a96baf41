package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.ParticipantRef;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Everything feedback-service holds about a person, reached through their participations.
 * Erasure keeps ratings, yes/no answers and scores, because programme aggregates stand on them
 * and they no longer point to anyone: each participation's answers move to a fresh random
 * pseudonym, shared by those answers only so that respondent counts stay right, and all free
 * text goes.
 */
@ApplicationScoped
public class PersonalData {

    private final ParticipantRefRepository participants;
    private final SessionFeedbackRepository feedback;
    private final FitCheckRepository fitChecks;
    private final AssessmentRepository assessments;
    private final SurveyResponseRepository surveyResponses;

    public PersonalData(ParticipantRefRepository participants, SessionFeedbackRepository feedback,
                        FitCheckRepository fitChecks, AssessmentRepository assessments,
                        SurveyResponseRepository surveyResponses) {
        this.participants = participants;
        this.feedback = feedback;
        this.fitChecks = fitChecks;
        this.assessments = assessments;
        this.surveyResponses = surveyResponses;
    }

    /** Runs in the caller's transaction; the reactive session allows one operation at a time, hence the sequence. */
    public Uni<Void> erase(String employeeId) {
        return participants.ofEmployee(employeeId).flatMap(found -> Multi.createFrom().iterable(found)
                .onItem().transformToUniAndConcatenate(this::anonymise)
                .collect().last()
                .replaceWithVoid());
    }

    private Uni<Void> anonymise(ParticipantRef participant) {
        UUID participantId = participant.participantId();
        UUID pseudonym = UUID.randomUUID();
        List<UUID> one = List.of(participantId);
        return feedback.byMembers(one).invoke(list -> list.forEach(f -> f.anonymise(pseudonym)))
                .chain(() -> fitChecks.byMembers(one)).invoke(list -> list.forEach(c -> c.anonymise(pseudonym)))
                .chain(() -> assessments.byParticipant(participantId)).invoke(list -> list.forEach(a -> a.anonymise(pseudonym)))
                .chain(() -> surveyResponses.byParticipant(participantId))
                .invoke(list -> list.forEach(r -> r.anonymise(pseudonym)))
                .invoke(participant::erase)
                .replaceWithVoid();
    }
}
