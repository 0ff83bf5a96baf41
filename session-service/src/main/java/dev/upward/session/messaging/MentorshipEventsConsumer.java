package dev.upward.session.messaging;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.commons.outbox.Outbox;
import dev.upward.contracts.MatchAccepted;
import dev.upward.contracts.MatchEnded;
import dev.upward.contracts.MatchingProfile;
import dev.upward.contracts.MentorshipStarted;
import dev.upward.contracts.ParticipantEnrolled;
import dev.upward.contracts.ParticipantOffboarded;
import dev.upward.contracts.ParticipantProfileUpdated;
import dev.upward.contracts.ParticipantWithdrawn;
import dev.upward.contracts.PersonErased;
import dev.upward.contracts.Topics;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.ParticipantRef;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.ParticipantRefRepository;
import dev.upward.session.persistence.ProgramCalendarRepository;
import dev.upward.session.persistence.SessionNoteRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts a mentorship for every accepted match (MentorshipStarted through the outbox, in the
 * same transaction), ends it early when its match ends or a member leaves, and keeps what
 * sessions need to know of participants: who stands behind each one, their time zone and,
 * for mentees, their learning goals. A match accepted twice still has one mentorship: the
 * match id is unique.
 */
@ApplicationScoped
public class MentorshipEventsConsumer {

    private final MentorshipRepository mentorships;
    private final ParticipantRefRepository participants;
    private final ProgramCalendarRepository calendars;
    private final SessionNoteRepository notes;
    private final MentorshipEnding ending;
    private final Outbox outbox;
    private final Inbox inbox;
    private final Clock clock;

    public MentorshipEventsConsumer(MentorshipRepository mentorships, ParticipantRefRepository participants,
                                    ProgramCalendarRepository calendars, SessionNoteRepository notes, MentorshipEnding ending,
                                    Outbox outbox, Inbox inbox, Clock clock) {
        this.mentorships = mentorships;
        this.participants = participants;
        this.calendars = calendars;
        this.notes = notes;
        this.ending = ending;
        this.outbox = outbox;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Incoming("participants")
    public Uni<Void> participants(Message<String> message) {
        return inbox.handle(message, Map.of(
                ParticipantEnrolled.TYPE, EventHandler.of(ParticipantEnrolled.class, e -> { },
                        e -> Projections.insertIfAbsent(participants, e.participantId(),
                                () -> new ParticipantRef(e.participantId(), e.programId(), e.employeeId(), e.role()))),
                ParticipantProfileUpdated.TYPE, EventHandler.of(ParticipantProfileUpdated.class, e -> { }, this::profileUpdated),
                ParticipantWithdrawn.TYPE, EventHandler.of(ParticipantWithdrawn.class, e -> { },
                        e -> endMentorshipsOf(e.participantId(), "WITHDRAWN")),
                ParticipantOffboarded.TYPE, EventHandler.of(ParticipantOffboarded.class, e -> { },
                        e -> endMentorshipsOf(e.participantId(), "OFFBOARDED")),
                PersonErased.TYPE, EventHandler.of(PersonErased.class, e -> { }, this::erased)));
    }

    @Incoming("matches")
    public Uni<Void> matches(Message<String> message) {
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
                return mentorships.persist(mentorship).flatMap(saved -> outbox.append(Topics.MENTORSHIPS,
                        saved.id().toString(), MentorshipStarted.TYPE, new MentorshipStarted(saved.id(), saved.matchId(),
                                saved.programId(), saved.mentorParticipantId(), saved.menteeParticipantId(),
                                saved.plannedEnd(), saved.startedAt()))).replaceWithVoid();
            });
        });
    }

    /** A completed match was completed here first; any other ending stops the mentorship early. */
    private Uni<Void> matchEnded(MatchEnded event) {
        return mentorships.ofMatch(event.matchId()).flatMap(m -> m == null || "COMPLETED".equals(event.reason())
                ? Uni.createFrom().voidItem()
                : ending.endEarly(m, event.reason()));
    }

    private Uni<Void> endMentorshipsOf(UUID participantId, String reason) {
        return mentorships.ofParticipant(participantId).flatMap(list -> Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(m -> ending.endEarly(m, reason))
                .collect().last().replaceWithVoid());
    }

    private Uni<Void> profileUpdated(ParticipantProfileUpdated event) {
        List<String> goals = event.learningGoals() == null ? null : event.learningGoals().stream()
                .sorted(Comparator.comparingInt(MatchingProfile.LearningGoal::priority).reversed())
                .map(MatchingProfile.LearningGoal::skill).toList();
        return participants.findById(event.participantId()).invoke(ref -> {
            if (ref != null) {
                ref.profileChanged(event.timeZone(), goals);
            }
        }).replaceWithVoid();
    }

    /** The person's link, zone, goals and private notes go; sessions stay as anonymous facts of the mentorship. */
    private Uni<Void> erased(PersonErased event) {
        return notes.delete("key.authorEmployeeId", event.employeeId())
                .chain(() -> participants.ofEmployee(event.employeeId()))
                .invoke(refs -> refs.forEach(ParticipantRef::forget))
                .replaceWithVoid();
    }
}
