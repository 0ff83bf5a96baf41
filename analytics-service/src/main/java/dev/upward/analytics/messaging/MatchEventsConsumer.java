package dev.upward.analytics.messaging;

import dev.upward.analytics.persistence.MatchWrites;
import dev.upward.analytics.persistence.MatchWrites.MatchFact;
import dev.upward.analytics.persistence.MatchWrites.Milestone;
import dev.upward.contracts.MatchAccepted;
import dev.upward.contracts.MatchEnded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/** Proposals, decisions and endings from {@code upward.matches.v1}. */
@ApplicationScoped
public class MatchEventsConsumer {

    // matching-service publishes these three from maps; their schemas are the contract
    static final String PROPOSED = "upward.match.proposed.v1";
    static final String DECLINED = "upward.match.declined.v1";
    static final String EXPIRED = "upward.match.expired.v1";

    private final BatchInbox inbox;
    private final BatchInbox.Route route;

    public MatchEventsConsumer(BatchInbox inbox, MatchWrites matches) {
        this.inbox = inbox;
        this.route = new BatchInbox.Route(BatchInbox::cloudEventType, Map.of(
                PROPOSED, milestone(matches, Milestone.PROPOSED),
                MatchAccepted.TYPE, milestone(matches, Milestone.ACCEPTED),
                DECLINED, milestone(matches, Milestone.DECLINED),
                EXPIRED, milestone(matches, Milestone.EXPIRED),
                MatchEnded.TYPE, milestone(matches, Milestone.ENDED)),
                Map.of(), true);
    }

    private static BatchInbox.EventWriter<?> milestone(MatchWrites matches, Milestone milestone) {
        return Writers.mapping(e -> new MatchFact(e.uuid("matchId"), e.uuid("programId"), e.uuid("mentorParticipantId"),
                e.uuid("menteeParticipantId"), e.text("reason"), e.occurredAt()),
                (tx, rows) -> matches.record(tx, milestone, rows));
    }

    @Incoming("matches")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.handle(records, route);
    }
}
