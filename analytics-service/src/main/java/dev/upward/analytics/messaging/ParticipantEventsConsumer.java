package dev.upward.analytics.messaging;

import dev.upward.analytics.persistence.ParticipantWrites;
import dev.upward.analytics.persistence.ParticipantWrites.Attributes;
import dev.upward.analytics.persistence.ParticipantWrites.Departure;
import dev.upward.analytics.persistence.ParticipantWrites.Enrolment;
import dev.upward.analytics.persistence.ParticipantWrites.Erasure;
import dev.upward.contracts.ParticipantEnrolled;
import dev.upward.contracts.ParticipantOffboarded;
import dev.upward.contracts.ParticipantProfileUpdated;
import dev.upward.contracts.ParticipantWithdrawn;
import dev.upward.contracts.PersonErased;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/** Enrolments, departures and erasures from {@code upward.participants.v1}. */
@ApplicationScoped
public class ParticipantEventsConsumer {

    private final BatchInbox inbox;
    private final BatchInbox.Route route;

    public ParticipantEventsConsumer(BatchInbox inbox, ParticipantWrites participants) {
        this.inbox = inbox;
        this.route = new BatchInbox.Route(BatchInbox::cloudEventType, Map.of(
                ParticipantEnrolled.TYPE, Writers.mapping(e -> new Enrolment(e.uuid("participantId"), e.uuid("programId"),
                        e.text("employeeId"), e.text("role"), e.text("department"), e.integer("jobLevel"), e.occurredAt()),
                        participants::enrol),
                ParticipantProfileUpdated.TYPE, Writers.mapping(e -> new Attributes(e.uuid("participantId"),
                        e.uuid("programId"), e.text("department"), e.integer("jobLevel"), e.occurredAt()),
                        participants::attributes),
                ParticipantWithdrawn.TYPE, Writers.mapping(e -> new Departure(e.uuid("participantId"), e.uuid("programId"),
                        "WITHDRAWN", e.occurredAt()), participants::depart),
                ParticipantOffboarded.TYPE, Writers.mapping(e -> new Departure(e.uuid("participantId"), e.uuid("programId"),
                        "OFFBOARDED", e.occurredAt()), participants::depart),
                PersonErased.TYPE, Writers.mapping(e -> new Erasure(e.text("employeeId"), e.occurredAt()),
                        participants::erase)),
                Map.of(), true);
    }

    @Incoming("participants")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.handle(records, route);
    }
}
