package dev.upward.matching.app;

import dev.upward.matching.domain.Match;
import dev.upward.matching.domain.ParticipantRef;
import dev.upward.matching.persistence.ParticipantRefRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Sends both people of a match back to the pool with priority, in the caller's transaction. */
@ApplicationScoped
class PriorityReturn {

    private final ParticipantRefRepository participants;

    public PriorityReturn(ParticipantRefRepository participants) {
        this.participants = participants;
    }

    Uni<Void> both(Match match, Instant now) {
        return participants.findById(match.mentorParticipantId()).invoke(p -> mark(p, now))
                .chain(() -> participants.findById(match.menteeParticipantId())).invoke(p -> mark(p, now))
                .replaceWithVoid();
    }

    private static void mark(ParticipantRef participant, Instant now) {
        if (participant != null && participant.isActive()) {
            participant.waitWithPriority(now);
        }
    }
}
