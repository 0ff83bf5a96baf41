package dev.upward.analytics.app;

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
import jakarta.inject.Singleton;

import java.util.Map;

/** Enrolments, departures and erasures from {@code upward.participants.v1}. */
@Singleton
public class RecordParticipantEvents extends RecordTopicEvents {

    public RecordParticipantEvents(RecordEventBatch batch, ParticipantWrites participants) {
        super(batch, new EventRoute(EventRoute::cloudEventType, Map.of(
                ParticipantEnrolled.TYPE, EventRoute.writer(e -> new Enrolment(e.uuid("participantId"), e.uuid("programId"),
                        e.text("employeeId"), e.text("role"), e.text("department"), e.integer("jobLevel"), e.occurredAt()),
                        participants::enrol),
                ParticipantProfileUpdated.TYPE, EventRoute.writer(e -> new Attributes(e.uuid("participantId"),
                        e.uuid("programId"), e.text("department"), e.integer("jobLevel"), e.occurredAt()),
                        participants::attributes),
                ParticipantWithdrawn.TYPE, EventRoute.writer(e -> new Departure(e.uuid("participantId"), e.uuid("programId"),
                        "WITHDRAWN", e.occurredAt()), participants::depart),
                ParticipantOffboarded.TYPE, EventRoute.writer(e -> new Departure(e.uuid("participantId"), e.uuid("programId"),
                        "OFFBOARDED", e.occurredAt()), participants::depart),
                PersonErased.TYPE, EventRoute.writer(e -> new Erasure(e.text("employeeId"), e.occurredAt()),
                        participants::erase)),
                Map.of(), true));
    }
}
