package dev.upward.matching.api;

import dev.upward.matching.app.SidedMatch;
import dev.upward.matching.domain.Match;
import dev.upward.matching.domain.MatchExplanation;

import java.time.Instant;
import java.util.UUID;

/** A match from one side's point of view; the partner is named by participant id only. */
public record MyMatchView(UUID matchId, UUID programId, String myRole, UUID partnerParticipantId, double score,
                          MatchExplanation explanation, String status, String myDecision, Instant respondBy) {

    static MyMatchView of(SidedMatch sided) {
        Match m = sided.match();
        boolean mentor = "MENTOR".equals(sided.side());
        return new MyMatchView(m.id(), m.programId(), sided.side(), mentor ? m.menteeParticipantId() : m.mentorParticipantId(),
                m.scoreMicros() / 1_000_000.0, m.explanation(), m.status().name(),
                mentor ? m.mentorDecision() : m.menteeDecision(), m.respondBy());
    }
}
