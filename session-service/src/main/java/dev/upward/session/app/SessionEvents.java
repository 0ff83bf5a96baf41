package dev.upward.session.app;

import dev.upward.commons.outbox.Outbox;
import dev.upward.contracts.MentorshipAtRisk;
import dev.upward.contracts.MentorshipCompleted;
import dev.upward.contracts.MentorshipStarted;
import dev.upward.contracts.MilestoneReached;
import dev.upward.contracts.SessionCancelled;
import dev.upward.contracts.SessionCompleted;
import dev.upward.contracts.SessionMissed;
import dev.upward.contracts.SessionReminderDue;
import dev.upward.contracts.SessionScheduled;
import dev.upward.contracts.Topics;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.Session;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.UUID;

/**
 * Session and mentorship events through the outbox, in the caller's transaction. All of them
 * are keyed by the mentorship id, so one mentorship's events reach consumers in order.
 */
@ApplicationScoped
public class SessionEvents {

    private final Outbox outbox;
    private final Clock clock;

    public SessionEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Stamped with the mentorship's start, not the clock: it is the moment the match was accepted here. */
    public Uni<Void> started(Mentorship m) {
        return append(m.id().toString(), MentorshipStarted.TYPE, new MentorshipStarted(m.id(), m.matchId(), m.programId(),
                m.mentorParticipantId(), m.menteeParticipantId(), m.plannedEnd(), m.startedAt()));
    }

    /** Also for a reschedule: the same session id with its new time. */
    public Uni<Void> scheduled(Session s) {
        return append(s.mentorshipId().toString(), SessionScheduled.TYPE, new SessionScheduled(s.id(), s.mentorshipId(),
                s.programId(), s.startsAt(), s.durationMinutes(), s.format(), clock.instant()));
    }

    public Uni<Void> completed(Session s) {
        return append(s.mentorshipId().toString(), SessionCompleted.TYPE,
                new SessionCompleted(s.id(), s.mentorshipId(), s.programId(), clock.instant()));
    }

    public Uni<Void> cancelled(Session s) {
        return append(s.mentorshipId().toString(), SessionCancelled.TYPE,
                new SessionCancelled(s.id(), s.mentorshipId(), s.programId(), s.cancelledBy(), clock.instant()));
    }

    public Uni<Void> missed(Session s) {
        return append(s.mentorshipId().toString(), SessionMissed.TYPE,
                new SessionMissed(s.id(), s.mentorshipId(), s.programId(), s.missedBy(), clock.instant()));
    }

    public Uni<Void> reminderDue(Session s) {
        return append(s.mentorshipId().toString(), SessionReminderDue.TYPE,
                new SessionReminderDue(s.id(), s.mentorshipId(), s.startsAt(), clock.instant()));
    }

    public Uni<Void> atRisk(Mentorship m, int weeksWithoutSession) {
        return append(m.id().toString(), MentorshipAtRisk.TYPE,
                new MentorshipAtRisk(m.id(), m.programId(), weeksWithoutSession, clock.instant()));
    }

    public Uni<Void> completed(Mentorship m) {
        return append(m.id().toString(), MentorshipCompleted.TYPE, new MentorshipCompleted(m.id(), m.programId(), clock.instant()));
    }

    public Uni<Void> milestoneReached(Mentorship m, UUID milestoneId) {
        return append(m.id().toString(), MilestoneReached.TYPE, new MilestoneReached(m.id(), m.programId(), milestoneId, clock.instant()));
    }

    private Uni<Void> append(String key, String type, Object payload) {
        return outbox.append(Topics.MENTORSHIPS, key, type, payload).replaceWithVoid();
    }
}
