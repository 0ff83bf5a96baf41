package dev.upward.feedback.app;

import dev.upward.feedback.domain.CompletedSession;
import dev.upward.feedback.domain.FitCheck;
import dev.upward.feedback.domain.FitCheckSchedule;
import dev.upward.feedback.persistence.CompletedSessionRepository;
import dev.upward.feedback.persistence.FitCheckRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A member answers the fit check of their mentorship, once; "not working" asks for a rematch. */
@ApplicationScoped
public class SubmitFitCheck {

    private final Memberships memberships;
    private final CompletedSessionRepository sessions;
    private final FitCheckRepository fitChecks;
    private final FeedbackEvents events;
    private final FitCheckSchedule schedule;
    private final Clock clock;

    public SubmitFitCheck(Memberships memberships, CompletedSessionRepository sessions, FitCheckRepository fitChecks,
                          FeedbackEvents events, FitCheckSchedule schedule, Clock clock) {
        this.memberships = memberships;
        this.sessions = sessions;
        this.fitChecks = fitChecks;
        this.events = events;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Null until the fit check is open, and for mentorships the employee is not a member of. */
    @WithTransaction
    public Uni<Answered<FitCheck>> submit(String employeeId, UUID mentorshipId, boolean working, String reason) {
        Instant now = clock.instant();
        return memberships.in(employeeId, mentorshipId).flatMap(membership -> membership == null
                ? Uni.createFrom().<Memberships.Membership>nullItem()
                : sessions.ofMentorships(List.of(mentorshipId)).map(done -> schedule
                        .opensAt(done.stream().map(CompletedSession::completedAt).toList()).isPresent() ? membership : null))
                .flatMap(asked -> asked == null ? Uni.createFrom().nullItem() : Answered.once(
                        fitChecks.byMemberAndMentorship(asked.member().participantId(), mentorshipId),
                        () -> fitChecks.persist(FitCheck.answer(asked.mentorship(), asked.member(), employeeId, working,
                                        reason, now))
                                .call(saved -> events.fitChecked(saved, asked.mentorship()))));
    }
}
