package dev.upward.analytics.messaging;

import dev.upward.analytics.persistence.MentorshipWrites;
import dev.upward.analytics.persistence.MentorshipWrites.MentorshipFact;
import dev.upward.analytics.persistence.MentorshipWrites.Milestone;
import dev.upward.analytics.persistence.MentorshipWrites.SessionFact;
import dev.upward.analytics.persistence.MentorshipWrites.SessionStatus;
import dev.upward.contracts.MentorshipAtRisk;
import dev.upward.contracts.MentorshipCompleted;
import dev.upward.contracts.MentorshipStarted;
import dev.upward.contracts.SessionCancelled;
import dev.upward.contracts.SessionCompleted;
import dev.upward.contracts.SessionMissed;
import dev.upward.contracts.SessionScheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/** Mentorships and their sessions from {@code upward.mentorships.v1}. */
@ApplicationScoped
public class MentorshipEventsConsumer {

    private final BatchInbox inbox;
    private final BatchInbox.Route route;

    public MentorshipEventsConsumer(BatchInbox inbox, MentorshipWrites mentorships) {
        this.inbox = inbox;
        this.route = new BatchInbox.Route(BatchInbox::cloudEventType, Map.of(
                MentorshipStarted.TYPE, milestone(mentorships, Milestone.STARTED),
                MentorshipAtRisk.TYPE, milestone(mentorships, Milestone.AT_RISK),
                MentorshipCompleted.TYPE, milestone(mentorships, Milestone.COMPLETED),
                SessionScheduled.TYPE, session(mentorships, SessionStatus.SCHEDULED),
                SessionCompleted.TYPE, session(mentorships, SessionStatus.COMPLETED),
                SessionCancelled.TYPE, session(mentorships, SessionStatus.CANCELLED),
                SessionMissed.TYPE, session(mentorships, SessionStatus.MISSED)),
                Map.of(), true);
    }

    static BatchInbox.EventWriter<?> milestone(MentorshipWrites mentorships, Milestone milestone) {
        return Writers.mapping(e -> new MentorshipFact(e.uuid("mentorshipId"), e.uuid("programId"), e.uuid("matchId"),
                e.uuid("mentorParticipantId"), e.uuid("menteeParticipantId"), e.occurredAt()),
                (tx, rows) -> mentorships.record(tx, milestone, rows));
    }

    private static BatchInbox.EventWriter<?> session(MentorshipWrites mentorships, SessionStatus status) {
        return Writers.mapping(e -> new SessionFact(e.uuid("sessionId"), e.uuid("mentorshipId"), e.uuid("programId"),
                status, status == SessionStatus.SCHEDULED ? e.time("startsAt") : null, e.occurredAt()),
                mentorships::sessions);
    }

    @Incoming("mentorships")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.handle(records, route);
    }
}
