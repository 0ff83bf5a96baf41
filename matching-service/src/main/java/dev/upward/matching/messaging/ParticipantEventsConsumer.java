package dev.upward.matching.messaging;

import dev.upward.contracts.ParticipantEnrolled;
import dev.upward.contracts.ParticipantOffboarded;
import dev.upward.contracts.ParticipantProfileUpdated;
import dev.upward.contracts.ParticipantWithdrawn;
import dev.upward.contracts.PersonErased;
import dev.upward.matching.app.ConsumedEvents;
import dev.upward.matching.app.ConsumedEvents.Handler;
import dev.upward.matching.app.SyncParticipants;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;

/** Participant events from {@code upward.participants.v1}: the people to match and their profiles. */
@ApplicationScoped
public class ParticipantEventsConsumer {

    private final ConsumedEvents events;
    private final SyncParticipants participants;

    public ParticipantEventsConsumer(ConsumedEvents events, SyncParticipants participants) {
        this.events = events;
        this.participants = participants;
    }

    @Incoming("participants")
    public Uni<Void> consume(Message<String> message) {
        return events.applyOnce(message, Map.of(
                ParticipantEnrolled.TYPE, Handler.of(ParticipantEnrolled.class, participants::enrolled),
                ParticipantProfileUpdated.TYPE, Handler.of(ParticipantProfileUpdated.class, participants::profileUpdated),
                ParticipantWithdrawn.TYPE, Handler.of(ParticipantWithdrawn.class,
                        e -> participants.left(e.participantId(), "WITHDRAWN")),
                ParticipantOffboarded.TYPE, Handler.of(ParticipantOffboarded.class,
                        e -> participants.left(e.participantId(), "OFFBOARDED")),
                PersonErased.TYPE, Handler.of(PersonErased.class, participants::erased)));
    }
}
