package dev.upward.feedback.app;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.MentorshipStarted;
import dev.upward.contracts.ParticipantEnrolled;
import dev.upward.contracts.PersonErased;
import dev.upward.contracts.ProgramCreated;
import dev.upward.contracts.SessionCompleted;
import dev.upward.feedback.domain.CompletedSession;
import dev.upward.feedback.domain.MentorshipRef;
import dev.upward.feedback.domain.ParticipantRef;
import dev.upward.feedback.domain.ProgramRef;
import dev.upward.feedback.persistence.CompletedSessionRepository;
import dev.upward.feedback.persistence.MentorshipRefRepository;
import dev.upward.feedback.persistence.ParticipantRefRepository;
import dev.upward.feedback.persistence.ProgramRefRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;

/**
 * Keeps the local copies of other services' data from their events, each event applied once
 * through the inbox. Feedback and fit-check requests are derived from these rows when asked for
 * rather than stored, so they appear however the events interleave: a session completed before
 * its mentorship was known becomes a request the moment the mentorship arrives.
 */
@ApplicationScoped
public class KeepRefs {

    private final Inbox inbox;
    private final ProgramRefRepository programs;
    private final ParticipantRefRepository participants;
    private final MentorshipRefRepository mentorships;
    private final CompletedSessionRepository sessions;
    private final ErasePerson erasure;

    public KeepRefs(Inbox inbox, ProgramRefRepository programs, ParticipantRefRepository participants,
                    MentorshipRefRepository mentorships, CompletedSessionRepository sessions, ErasePerson erasure) {
        this.inbox = inbox;
        this.programs = programs;
        this.participants = participants;
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.erasure = erasure;
    }

    /** Programmes, to which surveys and assessments belong. */
    public Uni<Void> programEvent(Message<String> message) {
        return inbox.handle(message, Map.of(ProgramCreated.TYPE, EventHandler.of(ProgramCreated.class,
                ProgramCreated::validate, e -> Projections.insertIfAbsent(programs, e.programId(),
                        () -> new ProgramRef(e.programId(), e.name())))));
    }

    /** Which employee is which participant, so that callers are recognised as members; forgotten on erasure. */
    public Uni<Void> participantEvent(Message<String> message) {
        return inbox.handle(message, Map.of(
                ParticipantEnrolled.TYPE, EventHandler.of(ParticipantEnrolled.class, e -> { },
                        e -> Projections.insertIfAbsent(participants, e.participantId(),
                                () -> new ParticipantRef(e.participantId(), e.programId(), e.employeeId(), e.role()))),
                PersonErased.TYPE, EventHandler.of(PersonErased.class, e -> { }, e -> erasure.erase(e.employeeId()))));
    }

    /** The mentorships' members and their completed sessions. */
    public Uni<Void> mentorshipEvent(Message<String> message) {
        return inbox.handle(message, Map.of(
                MentorshipStarted.TYPE, EventHandler.of(MentorshipStarted.class, e -> { },
                        e -> Projections.insertIfAbsent(mentorships, e.mentorshipId(), () -> new MentorshipRef(
                                e.mentorshipId(), e.matchId(), e.programId(), e.mentorParticipantId(),
                                e.menteeParticipantId(), e.occurredAt()))),
                SessionCompleted.TYPE, EventHandler.of(SessionCompleted.class, e -> { },
                        e -> Projections.insertIfAbsent(sessions, e.sessionId(),
                                () -> new CompletedSession(e.sessionId(), e.mentorshipId(), e.programId(), e.occurredAt())))));
    }
}
