package dev.upward.matching.app;

import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ParticipantEnrolled;
import dev.upward.contracts.ParticipantProfileUpdated;
import dev.upward.contracts.PersonErased;
import dev.upward.matching.domain.Match;
import dev.upward.matching.domain.ParticipantRef;
import dev.upward.matching.domain.scoring.Candidate;
import dev.upward.matching.persistence.MatchRepository;
import dev.upward.matching.persistence.ParticipantRefRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Keeps matching's copy of the participants from participant events, in the inbox's
 * transaction. Every effect is idempotent: a redelivered enrolment finds its row, a profile
 * update sets the same values again, a second withdrawal finds nothing left to end.
 */
@ApplicationScoped
public class SyncParticipants {

    private final ParticipantRefRepository participants;
    private final MatchRepository matches;
    private final MatchEvents events;
    private final Clock clock;

    public SyncParticipants(ParticipantRefRepository participants, MatchRepository matches, MatchEvents events, Clock clock) {
        this.participants = participants;
        this.matches = matches;
        this.events = events;
        this.clock = clock;
    }

    public Uni<Void> enrolled(ParticipantEnrolled e) {
        Candidate candidate = new Candidate(e.participantId(), e.employeeId(), e.department(), e.jobLevel(),
                e.managerChain(), e.languages(), e.timeZone(), e.formats(), e.availability(), e.skillsOffered(),
                e.learningGoals(), e.workingStyle(), e.avoidEmployeeIds());
        return Projections.insertIfAbsent(participants, e.participantId(),
                () -> ParticipantRef.enrolled(e.programId(), e.role(), candidate, clock.instant()));
    }

    /** Present fields replace the stored ones; absent ones stay. */
    public Uni<Void> profileUpdated(ParticipantProfileUpdated e) {
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

    /** The participant withdrew or was offboarded ({@code status}); their open matches end for that reason. */
    public Uni<Void> left(UUID participantId, String status) {
        String reason = status.equals("OFFBOARDED") ? "OFFBOARDED" : "WITHDRAWN";
        return participants.findById(participantId).flatMap(p -> {
            if (p == null) {
                return Uni.createFrom().voidItem();
            }
            p.leave(status, clock.instant());
            return matches.ofParticipant(participantId).flatMap(list -> endAll(list, reason));
        });
    }

    private Uni<Void> endAll(List<Match> list, String reason) {
        return Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(m -> m.endEarly(clock.instant())
                        ? events.ended(m, reason) : Uni.createFrom().voidItem())
                .collect().last().replaceWithVoid();
    }

    /** Drops every fact about the person; the pseudonymous ids stay so matches keep their history. */
    public Uni<Void> erased(PersonErased e) {
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
