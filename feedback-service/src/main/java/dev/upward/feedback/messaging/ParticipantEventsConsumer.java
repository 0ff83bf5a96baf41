package dev.upward.feedback.messaging;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.ParticipantEnrolled;
import dev.upward.contracts.PersonErased;
import dev.upward.feedback.domain.ParticipantRef;
import dev.upward.feedback.persistence.ParticipantRefRepository;
import dev.upward.feedback.persistence.PersonalData;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;

/**
 * Learns which employee is which participant, so that callers can be recognised as members,
 * and forgets the person again when they are erased.
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    private final ParticipantRefRepository participants;
    private final PersonalData personalData;
    private final Inbox inbox;

    public ParticipantEventsConsumer(ParticipantRefRepository participants, PersonalData personalData, Inbox inbox) {
        this.participants = participants;
        this.personalData = personalData;
        this.inbox = inbox;
    }

    @Incoming("participants")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(message, Map.of(
                ParticipantEnrolled.TYPE, EventHandler.of(ParticipantEnrolled.class, e -> { }, this::enrolled),
                PersonErased.TYPE, EventHandler.of(PersonErased.class, e -> { }, e -> personalData.erase(e.employeeId()))));
    }

    private Uni<Void> enrolled(ParticipantEnrolled e) {
        return Projections.insertIfAbsent(participants, e.participantId(),
                () -> new ParticipantRef(e.participantId(), e.programId(), e.employeeId(), e.role()));
    }
}
