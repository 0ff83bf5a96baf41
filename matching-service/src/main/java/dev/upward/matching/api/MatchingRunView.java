package dev.upward.matching.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.upward.matching.app.RunMatching;
import dev.upward.matching.domain.CohortMatcher;
import dev.upward.matching.domain.MatchExplanation;
import dev.upward.matching.domain.MatchingObjective;
import dev.upward.matching.domain.scoring.Factor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A matching run as an admin reviews it: each pair with its score and why, each unmatched
 * person with the reason, and the run's figures. {@code matchId} is set once published.
 */
public record MatchingRunView(boolean published, MatchingObjective objective, int mentors, int mentees, int matched,
                              boolean optimal, int blockingPairs, List<PairView> pairs, List<UnmatchedView> unmatched) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PairView(UUID matchId, UUID mentorParticipantId, String mentorEmployeeId, UUID menteeParticipantId,
                           String menteeEmployeeId, double score, Map<Factor, Double> contributions,
                           List<Factor> topFactors, List<String> nearMisses) {
    }

    public record UnmatchedView(UUID participantId, String employeeId, String role, String reason) {
    }

    static MatchingRunView of(RunMatching.MatchingRun run, boolean published) {
        CohortMatcher.Result result = run.result();
        List<PairView> pairs = result.pairs().stream().map(p -> {
            MatchExplanation why = MatchExplanation.of(p.evaluation());
            return new PairView(run.matchIdByMentee().get(p.mentee().participantId()), p.mentor().participantId(),
                    p.mentor().employeeId(), p.mentee().participantId(), p.mentee().employeeId(), p.evaluation().score(),
                    why.contributions(), why.topFactors(), why.nearMisses());
        }).toList();
        List<UnmatchedView> unmatched = result.unmatched().stream().map(u -> new UnmatchedView(u.person().participantId(),
                u.person().employeeId(), u.role(), u.reason())).toList();
        long mentors = run.people().values().stream().filter(p -> p.role().equals("MENTOR")).count();
        return new MatchingRunView(published, run.policy().objective(), (int) mentors,
                run.people().size() - (int) mentors, pairs.size(), result.optimal(), result.blockingPairs(), pairs, unmatched);
    }
}
