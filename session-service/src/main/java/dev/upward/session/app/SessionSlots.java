package dev.upward.session.app;

import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.ParticipantRef;
import dev.upward.session.domain.SessionRules;
import dev.upward.session.persistence.ParticipantRefRepository;
import dev.upward.session.persistence.ProgramCalendarRepository;
import dev.upward.session.persistence.SessionRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Checks a planned slot against the scheduling rules with what the database knows: programme dates, both members' other sessions. */
@ApplicationScoped
public class SessionSlots {

    private final SessionRepository sessions;
    private final ProgramCalendarRepository calendars;
    private final ParticipantRefRepository participants;
    private final Clock clock;

    public SessionSlots(SessionRepository sessions, ProgramCalendarRepository calendars, ParticipantRefRepository participants,
                        Clock clock) {
        this.sessions = sessions;
        this.calendars = calendars;
        this.participants = participants;
        this.clock = clock;
    }

    public Uni<Boolean> check(Mentorship m, UUID except, Instant start, int duration, ZoneId zone) {
        Instant end = start.plusSeconds(60L * duration);
        Uni<List<String>> members = participants.find("participantId in ?1", List.of(m.mentorParticipantId(), m.menteeParticipantId()))
                .list().map(refs -> refs.stream().map(ParticipantRef::employeeId).toList());
        return calendars.findById(m.programId()).flatMap(calendar -> members.flatMap(employees -> sessions.busy(
                        employees, except == null ? new UUID(0, 0) : except, start, end))
                .map(busy -> {
                    SessionRules.check(start, duration, clock.instant(), calendar == null ? null : calendar.startsOn(),
                            calendar == null ? null : calendar.endsOn(), zone, busy);
                    return true;
                }));
    }

}
