package dev.upward.session.app;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.contracts.MatchAccepted;
import dev.upward.contracts.MatchEnded;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.ProgramCalendarRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.util.Map;

/**
 * Starts a mentorship for every accepted match (MentorshipStarted through the outbox, in the
 * same transaction) and ends it early when its match ends. A match accepted twice still has
 * one mentorship: the match id is unique.
 */
@ApplicationScoped
public class StartOrEndMentorships {

    private final MentorshipRepository mentorships;
    private final ProgramCalendarRepository calendars;
    private final EndMentorshipEarly ending;
    private final SessionEvents events;
    private final Inbox inbox;
    private final Clock clock;

    public StartOrEndMentorships(MentorshipRepository mentorships, ProgramCalendarRepository calendars, EndMentorshipEarly ending,
                                 SessionEvents events, Inbox inbox, Clock clock) {
        this.mentorships = mentorships;
        this.calendars = calendars;
        this.ending = ending;
        this.events = events;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Applies one match event at most once, in the inbox's transaction. */
    public Uni<Void> apply(Message<String> message) {
        return inbox.handle(message, Map.of(
                MatchAccepted.TYPE, EventHandler.of(MatchAccepted.class, e -> { }, this::accepted),
                MatchEnded.TYPE, EventHandler.of(MatchEnded.class, e -> { }, this::matchEnded)));
    }

    private Uni<Void> accepted(MatchAccepted event) {
        return mentorships.ofMatch(event.matchId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            return calendars.findById(event.programId()).flatMap(calendar -> {
                Mentorship mentorship = Mentorship.start(event.matchId(), event.programId(), event.mentorParticipantId(),
                        event.menteeParticipantId(), calendar == null ? null : calendar.endsOn(), clock.instant());
                return mentorships.persist(mentorship).flatMap(events::started);
            });
        });
    }

    /** A completed match was completed here first; any other ending stops the mentorship early. */
    private Uni<Void> matchEnded(MatchEnded event) {
        return mentorships.ofMatch(event.matchId()).flatMap(m -> m == null || "COMPLETED".equals(event.reason())
                ? Uni.createFrom().voidItem()
                : ending.end(m, event.reason()));
    }
}
