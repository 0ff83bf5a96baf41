package dev.upward.matching.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.matching.domain.CohortMatcher;
import dev.upward.matching.domain.Match;
import dev.upward.matching.domain.MatchingPolicy;
import dev.upward.matching.domain.ParticipantProjection;
import dev.upward.matching.domain.ProgramFocus;
import dev.upward.matching.domain.scoring.PairScorer;
import dev.upward.matching.persistence.MatchRepository;
import dev.upward.matching.persistence.MatchingPolicyRepository;
import dev.upward.matching.persistence.ParticipantProjectionRepository;
import dev.upward.matching.persistence.ProgramFocusRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers what a matching run needs — the policy, the focus topics, the active participants
 * who hold no proposed or accepted match, the pairs matched before — and runs it. Callers
 * decide whether the result is only shown or published.
 */
@ApplicationScoped
public class MatchingRuns {

    private final MatchingPolicyRepository policies;
    private final ProgramFocusRepository programs;
    private final ParticipantProjectionRepository participants;
    private final MatchRepository matches;
    private final Clock clock;

    public MatchingRuns(MatchingPolicyRepository policies, ProgramFocusRepository programs,
                        ParticipantProjectionRepository participants, MatchRepository matches, Clock clock) {
        this.policies = policies;
        this.programs = programs;
        this.participants = participants;
        this.matches = matches;
        this.clock = clock;
    }

    /** A run's inputs and result, with the people by participant id for publishing. */
    public record Run(MatchingPolicy policy, CohortMatcher.Result result, Map<UUID, ParticipantProjection> people) {
    }

    /** {@code lock}: hold the policy row until the transaction ends, so publishing runs never overlap. */
    public Uni<Run> run(UUID programId, boolean lock) {
        return (lock ? policies.findById(programId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE) : policies.findById(programId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", programId))
                .flatMap(policy -> programs.findById(programId).flatMap(focus -> {
                    if (focus != null && "CLOSED".equals(focus.status())) {
                        throw ProblemException.conflict("programme " + programId + " is closed; it is not matched any more");
                    }
                    return participants.active(programId).flatMap(active -> matches.ofProgram(programId)
                            .map(history -> compute(policy, focus, active, history)));
                }));
    }

    private Run compute(MatchingPolicy policy, ProgramFocus focus, List<ParticipantProjection> active, List<Match> history) {
        Set<UUID> taken = new HashSet<>();
        Set<String> previousPairs = new HashSet<>();
        for (Match match : history) {
            previousPairs.add(PairScorer.pairKey(match.mentorEmployeeId(), match.menteeEmployeeId()));
            if (match.status().name().equals("PROPOSED") || match.status().name().equals("ACCEPTED")) {
                taken.add(match.mentorParticipantId());
                taken.add(match.menteeParticipantId());
            }
        }
        List<ParticipantProjection> pool = active.stream().filter(p -> !taken.contains(p.participantId())).toList();
        PairScorer scorer = new PairScorer(policy.scoringWeights(), policy.hardRules(),
                focus == null ? List.of() : focus.focusTopics(), previousPairs, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        CohortMatcher.Result result = CohortMatcher.run(
                pool.stream().filter(p -> p.role().equals("MENTOR")).map(ParticipantProjection::candidate).toList(),
                policy.mentorCapacity(),
                pool.stream().filter(p -> p.role().equals("MENTEE")).map(ParticipantProjection::candidate).toList(),
                scorer, policy.objective(),
                pool.stream().filter(ParticipantProjection::hasPriority).map(ParticipantProjection::participantId)
                        .collect(Collectors.toSet()));
        return new Run(policy, result, pool.stream().collect(Collectors.toMap(ParticipantProjection::participantId,
                Function.identity())));
    }
}
