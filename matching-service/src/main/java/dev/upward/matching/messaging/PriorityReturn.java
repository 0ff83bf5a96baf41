package dev.upward.matching.messaging;

import dev.upward.matching.domain.Match;
import dev.upward.matching.persistence.ParticipantProjectionRepository;
import io.smallrye.mutiny.Uni;

import java.time.Instant;

/** Sends both people of a match back to the pool with priority, in the caller's transaction. */
final class PriorityReturn {

    private PriorityReturn() {
    }

    static Uni<Void> both(ParticipantProjectionRepository participants, Match match, Instant now) {
        return participants.findById(match.mentorParticipantId()).invoke(p -> mark(p, now))
                .chain(() -> participants.findById(match.menteeParticipantId())).invoke(p -> mark(p, now))
                .replaceWithVoid();
    }

    private static void mark(dev.upward.matching.domain.ParticipantProjection participant, Instant now) {
        if (participant != null && participant.isActive()) {
            participant.waitWithPriority(now);
        }
    }
}
