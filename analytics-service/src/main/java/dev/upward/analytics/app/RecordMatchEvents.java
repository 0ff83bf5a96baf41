package dev.upward.analytics.app;

import dev.upward.analytics.persistence.MatchWrites;
import dev.upward.analytics.persistence.MatchWrites.MatchFact;
import dev.upward.analytics.persistence.MatchWrites.Milestone;
import dev.upward.contracts.MatchAccepted;
import dev.upward.contracts.MatchDeclined;
import dev.upward.contracts.MatchEnded;
import dev.upward.contracts.MatchExpired;
import dev.upward.contracts.MatchProposed;
import jakarta.inject.Singleton;

import java.util.Map;

/** Proposals, decisions and endings from {@code upward.matches.v1}. */
@Singleton
public class RecordMatchEvents extends RecordTopicEvents {

    public RecordMatchEvents(RecordEventBatch batch, MatchWrites matches) {
        super(batch, new EventRoute(EventRoute::cloudEventType, Map.of(
                MatchProposed.TYPE, milestone(matches, Milestone.PROPOSED),
                MatchAccepted.TYPE, milestone(matches, Milestone.ACCEPTED),
                MatchDeclined.TYPE, milestone(matches, Milestone.DECLINED),
                MatchExpired.TYPE, milestone(matches, Milestone.EXPIRED),
                MatchEnded.TYPE, milestone(matches, Milestone.ENDED)),
                Map.of(), true));
    }

    private static EventRoute.EventWriter<?> milestone(MatchWrites matches, Milestone milestone) {
        return EventRoute.writer(e -> new MatchFact(e.uuid("matchId"), e.uuid("programId"), e.uuid("mentorParticipantId"),
                e.uuid("menteeParticipantId"), e.text("reason"), e.occurredAt()),
                (tx, rows) -> matches.record(tx, milestone, rows));
    }
}
