package dev.upward.session.messaging;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.commons.outbox.Outbox;
import dev.upward.contracts.MatchAccepted;
import dev.upward.contracts.MentorshipStarted;
import dev.upward.contracts.ParticipantEnrolled;
import dev.upward.contracts.Topics;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.ParticipantRef;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.ParticipantRefRepository;
import dev.upward.session.persistence.ProgramCalendarRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.util.Map;

/**
 * Starts a mentorship for every accepted match (MentorshipStarted through the outbox, in the
 * same transaction) and keeps the participant-to-employee mapping that ownership checks need.
 * A match accepted twice still has one mentorship: the match id is unique.
 */
@ApplicationScoped
public class MentorshipEventsConsumer {

    private final MentorshipRepository mentorships;
    private final ParticipantRefRepository participants;
    private final ProgramCalendarRepository calendars;
    private final Outbox outbox;
    private final Inbox inbox;
    private final Clock clock = Clock.systemUTC();

    public MentorshipEventsConsumer(MentorshipRepository mentorships, ParticipantRefRepository participants,
                                    ProgramCalendarRepository calendars, Outbox outbox, Inbox inbox) {
        this.mentorships = mentorships;
        this.participants = participants;
        this.calendars = calendars;
        this.outbox = outbox;
        this.inbox = inbox;
    }

    @Incoming("participants")
    public Uni<Void> participants(Message<String> message) {
        return inbox.handle(message, Map.of(ParticipantEnrolled.TYPE, EventHandler.of(ParticipantEnrolled.class, e -> { },
                e -> Projections.insertIfAbsent(participants, e.participantId(),
                        () -> new ParticipantRef(e.participantId(), e.programId(), e.employeeId(), e.role())))));
    }

    @Incoming("matches")
    public Uni<Void> matches(Message<String> message) {
        return inbox.handle(message, Map.of(MatchAccepted.TYPE, EventHandler.of(MatchAccepted.class, e -> { }, this::accepted)));
    }

    private Uni<Void> accepted(MatchAccepted event) {
        return mentorships.ofMatch(event.matchId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            return calendars.findById(event.programId()).flatMap(calendar -> {
                Mentorship mentorship = Mentorship.start(event.matchId(), event.programId(), event.mentorParticipantId(),
                        event.menteeParticipantId(), calendar == null ? null : calendar.endsOn(), clock.instant());
                return mentorships.persist(mentorship).flatMap(saved -> outbox.append(Topics.MENTORSHIPS,
                        saved.id().toString(), MentorshipStarted.TYPE, new MentorshipStarted(saved.id(), saved.matchId(),
                                saved.programId(), saved.mentorParticipantId(), saved.menteeParticipantId(),
                                saved.plannedEnd(), saved.startedAt()))).replaceWithVoid();
            });
        });
    }
}
