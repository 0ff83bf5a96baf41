package dev.upward.matching.messaging;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ParticipantEnrolled;
import dev.upward.contracts.ParticipantOffboarded;
import dev.upward.contracts.ParticipantProfileUpdated;
import dev.upward.contracts.ParticipantWithdrawn;
import dev.upward.contracts.PersonErased;
import dev.upward.matching.domain.Match;
import dev.upward.matching.domain.ParticipantProjection;
import dev.upward.matching.domain.scoring.Candidate;
import dev.upward.matching.persistence.MatchRepository;
import dev.upward.matching.persistence.ParticipantProjectionRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps matching's view of the participants from {@code upward.participants.v1}. Every effect
 * is idempotent: a redelivered enrolment finds its row, a profile update sets the same values
 * again, a second withdrawal finds nothing left to end.
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    private final ParticipantProjectionRepository participants;
    private final MatchRepository matches;
    private final MatchEvents events;
    private final Inbox inbox;
    private final Clock clock = Clock.systemUTC();

    public ParticipantEventsConsumer(ParticipantProjectionRepository participants, MatchRepository matches,
                                     MatchEvents events, Inbox inbox) {
        this.participants = participants;
        this.matches = matches;
        this.events = events;
        this.inbox = inbox;
    }

    @Incoming("participants")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(message, Map.of(
                ParticipantEnrolled.TYPE, EventHandler.of(ParticipantEnrolled.class, e -> { }, this::enrolled),
                ParticipantProfileUpdated.TYPE, EventHandler.of(ParticipantProfileUpdated.class, e -> { }, this::profileUpdated),
                ParticipantWithdrawn.TYPE, EventHandler.of(ParticipantWithdrawn.class, e -> { },
                        e -> left(e.participantId(), "WITHDRAWN")),
                ParticipantOffboarded.TYPE, EventHandler.of(ParticipantOffboarded.class, e -> { },
                        e -> left(e.participantId(), "OFFBOARDED")),
                PersonErased.TYPE, EventHandler.of(PersonErased.class, e -> { }, this::erased)));
    }

    private Uni<Void> enrolled(ParticipantEnrolled e) {
        Candidate candidate = new Candidate(e.participantId(), e.employeeId(), e.department(), e.jobLevel(),
                e.managerChain(), e.languages(), e.timeZone(), e.formats(), e.availability(), e.skillsOffered(),
                e.learningGoals(), e.workingStyle(), e.avoidEmployeeIds());
        return Projections.insertIfAbsent(participants, e.participantId(),
                () -> ParticipantProjection.enrolled(e.programId(), e.role(), candidate, clock.instant()));
    }

    /** Present fields replace the stored ones; absent ones stay. */
    private Uni<Void> profileUpdated(ParticipantProfileUpdated e) {
        return participants.findById(e.participantId()).invoke(p -> {
            if (p == null) {
                return;
            }
            Candidate c = p.candidate();
            p.replace(new Candidate(c.participantId(), c.employeeId(), or(e.department(), c.department()),
                    or(e.jobLevel(), c.jobLevel()), or(e.managerChain(), c.managerChain()), or(e.languages(), c.languages()),
                    or(e.timeZone(), c.timeZone()), or(e.formats(), c.formats()), or(e.availability(), c.availability()),
                    or(e.skillsOffered(), c.skillsOffered()), or(e.learningGoals(), c.learningGoals()),
                    or(e.workingStyle(), c.workingStyle()), or(e.avoidEmployeeIds(), c.avoidEmployeeIds())), clock.instant());
        }).replaceWithVoid();
    }

    private Uni<Void> left(UUID participantId, String status) {
        String reason = status.equals("OFFBOARDED") ? "OFFBOARDED" : "WITHDRAWN";
        return participants.findById(participantId).flatMap(p -> {
            if (p == null) {
                return Uni.createFrom().voidItem();
            }
            p.leave(status, clock.instant());
            return matches.list("mentorParticipantId = ?1 or menteeParticipantId = ?1", participantId)
                    .flatMap(list -> endAll(list, reason));
        });
    }

    private Uni<Void> endAll(List<Match> list, String reason) {
        return Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(m -> m.endEarly(clock.instant())
                        ? events.ended(m, reason) : Uni.createFrom().voidItem())
                .collect().last().replaceWithVoid();
    }

    /** Drops every fact about the person; the pseudonymous ids stay so matches keep their history. */
    private Uni<Void> erased(PersonErased e) {
        return participants.ofEmployee(e.employeeId()).invoke(list -> list.forEach(p -> {
            Candidate c = p.candidate();
            p.replace(new Candidate(c.participantId(), c.employeeId(), null, null, null, null, null, null, null, null,
                    null, null, null), clock.instant());
            if (p.isActive()) {
                p.leave("ERASED", clock.instant());
            }
        })).replaceWithVoid();
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
