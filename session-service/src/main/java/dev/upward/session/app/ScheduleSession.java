package dev.upward.session.app;

import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.Session;
import dev.upward.session.domain.SessionTime;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.SessionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A member plans a session of their mentorship (SessionScheduled), within the scheduling rules. */
@ApplicationScoped
public class ScheduleSession {

    /**
     * {@code startsAt} with an offset, or local together with {@code timeZone}; without
     * {@code timeZone} the member's own zone applies.
     */
    public record Plan(String startsAt, String timeZone, int durationMinutes, String format, String location,
                       List<String> agenda, List<String> topics) {
    }

    /** A session and the zone it was planned in, which is the one it is shown in. */
    public record Placed(Session session, ZoneId zone) {
    }

    private final SessionRepository sessions;
    private final MentorshipRepository mentorships;
    private final SessionSlots slots;
    private final Membership membership;
    private final SessionEvents events;
    private final Clock clock;

    public ScheduleSession(SessionRepository sessions, MentorshipRepository mentorships, SessionSlots slots, Membership membership,
                           SessionEvents events, Clock clock) {
        this.sessions = sessions;
        this.mentorships = mentorships;
        this.slots = slots;
        this.membership = membership;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Placed> schedule(UUID mentorshipId, Plan plan) {
        return lockedMember(mentorshipId).flatMap(member -> {
            Mentorship m = member.mentorship();
            m.requireOpen();
            SessionTime.Planned planned = SessionTime.plan(plan.startsAt(), plan.timeZone(), member.me().timeZone());
            ZoneId zone = planned.zone();
            return slots.check(m, null, planned.start(), plan.durationMinutes(), zone).flatMap(ok -> {
                Session created = Session.schedule(m.id(), m.programId(), planned.start(), plan.durationMinutes(), zone.getId(),
                        plan.format(), plan.location(), plan.agenda(), plan.topics(), member.side(), clock.instant());
                return sessions.persist(created).call(events::scheduled);
            }).map(saved -> new Placed(saved, zone));
        });
    }

    /** Scheduling in one mentorship is serialised by a row lock, so two overlapping requests cannot both pass. */
    private Uni<Membership.Member> lockedMember(UUID mentorshipId) {
        return membership.in(mentorshipId).call(member -> mentorships.findById(mentorshipId, LockModeType.PESSIMISTIC_WRITE));
    }
}
