package dev.upward.feedback.app;

import dev.upward.feedback.domain.ParticipantRef;
import dev.upward.feedback.persistence.AssessmentRepository;
import dev.upward.feedback.persistence.FitCheckRepository;
import dev.upward.feedback.persistence.MemberAnswerRepository;
import dev.upward.feedback.persistence.ParticipantRefRepository;
import dev.upward.feedback.persistence.SessionFeedbackRepository;
import dev.upward.feedback.persistence.SurveyResponseRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Forgets a person: everything feedback-service holds about them is reached through their
 * participations. Erasure keeps ratings, yes/no answers and scores, because programme
 * aggregates stand on them and they no longer point to anyone: each participation's answers
 * move to a fresh random pseudonym, shared by those answers only so that respondent counts
 * stay right, and all free text goes.
 */
@ApplicationScoped
public class ErasePerson {

    private final ParticipantRefRepository participants;
    private final List<MemberAnswerRepository<?>> answers;

    public ErasePerson(ParticipantRefRepository participants, SessionFeedbackRepository feedback,
                       FitCheckRepository fitChecks, AssessmentRepository assessments,
                       SurveyResponseRepository surveyResponses) {
        this.participants = participants;
        this.answers = List.of(feedback, fitChecks, assessments, surveyResponses);
    }

    /** Runs in the inbox's transaction; the reactive session allows one operation at a time, hence the sequences. */
    public Uni<Void> erase(String employeeId) {
        return participants.ofEmployee(employeeId).flatMap(found -> Multi.createFrom().iterable(found)
                .onItem().transformToUniAndConcatenate(this::anonymise)
                .collect().last()
                .replaceWithVoid());
    }

    private Uni<Void> anonymise(ParticipantRef participant) {
        UUID pseudonym = UUID.randomUUID();
        return Multi.createFrom().iterable(answers)
                .onItem().transformToUniAndConcatenate(repository -> repository.byParticipant(participant.participantId())
                        .invoke(given -> given.forEach(answer -> answer.anonymise(pseudonym))))
                .collect().last()
                .invoke(participant::erase)
                .replaceWithVoid();
    }
}
