package dev.upward.session.app;

import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.Session;
import dev.upward.session.domain.SessionStatus;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.SessionRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.UUID;

/**
 * Ends a mentorship before its planned end. Its sessions still ahead are cancelled (by the
 * programme, not by a member) and announced, so calendars and counts stay right. Runs in the
 * caller's transaction (the inbox's).
 */
@ApplicationScoped
public class EndMentorshipEarly {

    private final MentorshipRepository mentorships;
    private final SessionRepository sessions;
    private final SessionEvents events;
    private final Clock clock;

    public EndMentorshipEarly(MentorshipRepository mentorships, SessionRepository sessions, SessionEvents events, Clock clock) {
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** Every open mentorship the participant is a member of. */
    public Uni<Void> ofParticipant(UUID participantId, String reason) {
        return mentorships.ofParticipant(participantId).flatMap(list -> Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(m -> end(m, reason))
                .collect().last().replaceWithVoid());
    }

    public Uni<Void> end(Mentorship mentorship, String reason) {
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
