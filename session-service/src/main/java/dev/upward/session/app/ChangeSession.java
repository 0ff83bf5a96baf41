package dev.upward.session.app;

import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.Session;
import dev.upward.session.domain.SessionTime;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A member moves, re-plans, holds, misses or cancels one session of their mentorship; each
 * change that others must know of is announced. The session row is locked for the change.
 */
@ApplicationScoped
public class ChangeSession {

    private final SessionSlots slots;
    private final Membership membership;
    private final SessionEvents events;
    private final Clock clock;

    public ChangeSession(SessionSlots slots, Membership membership, SessionEvents events, Clock clock) {
        this.slots = slots;
        this.membership = membership;
        this.events = events;
        this.clock = clock;
    }

    /** SessionScheduled again, same id, new time; {@code durationMinutes} null keeps the length. */
    @WithTransaction
    public Uni<ScheduleSession.Placed> reschedule(UUID sessionId, String startsAt, String timeZone, Integer durationMinutes) {
        return membership.ofSession(sessionId, true).flatMap(found -> {
            Session s = found.session();
            Mentorship m = found.member().mentorship();
            m.requireOpen();
            SessionTime.Planned planned = SessionTime.plan(startsAt, timeZone, s.timeZone());
            int duration = durationMinutes == null ? s.durationMinutes() : durationMinutes;
            return slots.check(m, s.id(), planned.start(), duration, planned.zone()).flatMap(ok -> {
                s.reschedule(planned.start(), duration, planned.zone().getId(), clock.instant());
                return events.scheduled(s);
            }).replaceWith(() -> new ScheduleSession.Placed(s, planned.zone()));
        });
    }

    @WithTransaction
    public Uni<Session> replaceAgenda(UUID sessionId, List<String> agenda, List<String> topics) {
        return change(sessionId, (s, member) -> {
            s.replaceAgenda(agenda, topics, clock.instant());
            return Uni.createFrom().voidItem();
        });
    }

    /** SessionCancelled; the reason stays here. */
    @WithTransaction
    public Uni<Session> cancel(UUID sessionId, String reason) {
        return change(sessionId, (s, member) -> {
            s.cancel(member.side(), reason, clock.instant());
            return events.cancelled(s);
        });
    }

    /** SessionCompleted; a quiet mentorship is active again. */
    @WithTransaction
    public Uni<Session> complete(UUID sessionId) {
        return change(sessionId, (s, member) -> {
            s.complete(clock.instant());
            member.mentorship().sessionHeld(s.startsAt());
            return events.completed(s);
        });
    }

    /** SessionMissed, naming who missed it. */
    @WithTransaction
    public Uni<Session> markMissed(UUID sessionId, String missedBy) {
        return change(sessionId, (s, member) -> {
            s.markMissed(missedBy, clock.instant());
            return events.missed(s);
        });
    }

    private Uni<Session> change(UUID sessionId, BiFunction<Session, Membership.Member, Uni<Void>> step) {
        return membership.ofSession(sessionId, true)
                .flatMap(found -> step.apply(found.session(), found.member()).replaceWith(found.session()));
    }
}
