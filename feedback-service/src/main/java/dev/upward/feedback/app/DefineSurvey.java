package dev.upward.feedback.app;

import dev.upward.feedback.domain.Survey;
import dev.upward.feedback.domain.SurveyItem;
import dev.upward.feedback.persistence.ProgramRefRepository;
import dev.upward.feedback.persistence.SurveyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The programme team defines the programme's survey at a milestone. */
@ApplicationScoped
public class DefineSurvey {

    private final ProgramRefRepository programs;
    private final SurveyRepository surveys;
    private final Clock clock;

    public DefineSurvey(ProgramRefRepository programs, SurveyRepository surveys, Clock clock) {
        this.programs = programs;
        this.surveys = surveys;
        this.clock = clock;
    }

    /**
     * Null when the programme is unknown. Flushed here so that a second survey for the same
     * milestone fails on the unique index inside this request, as a 409.
     */
    @WithTransaction
    public Uni<Survey> define(UUID programId, Survey.Milestone milestone, String title, List<SurveyItem> items) {
        Instant now = clock.instant();
        return programs.findById(programId).flatMap(programme -> programme == null
                ? Uni.createFrom().nullItem()
                : surveys.persist(Answered.checked("survey", () -> Survey.define(programId, milestone, title, items, now)))
                        .call(saved -> surveys.flush()));
    }
}
