package dev.upward.matching.domain;

import dev.upward.matching.domain.scoring.PairScorer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a programme's matches so far mean for new ones: people holding a proposed or accepted
 * match are not free, and pairs matched before are not proposed again.
 */
public record MatchHistory(Set<UUID> holding, Set<String> previousPairs) {

    public static MatchHistory of(List<Match> matches) {
        Set<UUID> holding = new HashSet<>();
        Set<String> previousPairs = new HashSet<>();
        for (Match match : matches) {
            previousPairs.add(PairScorer.pairKey(match.mentorEmployeeId(), match.menteeEmployeeId()));
            if (match.status() == MatchStatus.PROPOSED || match.status() == MatchStatus.ACCEPTED) {
                holding.add(match.mentorParticipantId());
                holding.add(match.menteeParticipantId());
            }
        }
        return new MatchHistory(holding, previousPairs);
    }

    public boolean holds(UUID participantId) {
        return holding.contains(participantId);
    }
}
