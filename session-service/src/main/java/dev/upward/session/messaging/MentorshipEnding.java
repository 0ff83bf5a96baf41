package dev.upward.session.messaging;

import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.Session;
import dev.upward.session.domain.SessionStatus;
import dev.upward.session.persistence.SessionRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/**
 * Ends a mentorship before its planned end. Its sessions still ahead are cancelled (by the
 * programme, not by a member) and announced, so calendars and counts stay right.
 */
@ApplicationScoped
public class MentorshipEnding {

    private final SessionRepository sessions;
    private final SessionEvents events;
    private final Clock clock;

    public MentorshipEnding(SessionRepository sessions, SessionEvents events, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    public Uni<Void> endEarly(Mentorship mentorship, String reason) {
        if (!mentorship.endEarly(reason, clock.instant())) {
            return Uni.createFrom().voidItem();
        }
        return sessions.ofMentorship(mentorship.id()).flatMap(list -> Multi.createFrom().iterable(list)
                .filter(s -> s.status() == SessionStatus.SCHEDULED && s.startsAt().isAfter(clock.instant()))
                .onItem().transformToUniAndConcatenate(this::cancelByProgramme)
                .collect().last().replaceWithVoid());
    }

    private Uni<Session> cancelByProgramme(Session s) {
        s.cancel(Session.BY_PROGRAMME, "the mentorship ended", clock.instant());
        return events.cancelled(s).replaceWith(s);
    }
}
