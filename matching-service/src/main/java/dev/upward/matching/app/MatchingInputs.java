package dev.upward.matching.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.matching.domain.MatchHistory;
import dev.upward.matching.domain.MatchingPolicy;
import dev.upward.matching.domain.ParticipantRef;
import dev.upward.matching.domain.scoring.PairScorer;
import dev.upward.matching.persistence.MatchRepository;
import dev.upward.matching.persistence.MatchingPolicyRepository;
import dev.upward.matching.persistence.ParticipantRefRepository;
import dev.upward.matching.persistence.ProgramFocusRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Loads what matching in a programme needs, in the caller's session: the policy, the focus
 * topics, the active participants and the programme's matches so far. Shared by matching runs
 * and self-service suggestions so both see the pool the same way.
 */
@ApplicationScoped
class MatchingInputs {

    private final MatchingPolicyRepository policies;
    private final ProgramFocusRepository programs;
    private final ParticipantRefRepository participants;
    private final MatchRepository matches;
    private final Clock clock;

    public MatchingInputs(MatchingPolicyRepository policies, ProgramFocusRepository programs, ParticipantRefRepository participants,
                   MatchRepository matches, Clock clock) {
        this.policies = policies;
        this.programs = programs;
        this.participants = participants;
        this.matches = matches;
        this.clock = clock;
    }

    record Inputs(MatchingPolicy policy, List<ParticipantRef> active, MatchHistory history, PairScorer scorer) {

        /** The active people who hold no proposed or accepted match. */
        List<ParticipantRef> free() {
            return active.stream().filter(p -> !history.holds(p.participantId())).toList();
        }
    }

    /**
     * {@code lock}: hold the policy row until the transaction ends, so publishing runs and
     * candidate requests never overlap. {@code closedDetail} is the 409's detail for a closed programme.
     */
    Uni<Inputs> load(UUID programId, boolean lock, String closedDetail) {
        return (lock ? policies.findById(programId, LockModeType.PESSIMISTIC_WRITE) : policies.findById(programId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", programId))
                .flatMap(policy -> programs.findById(programId).flatMap(focus -> {
                    if (focus != null && "CLOSED".equals(focus.status())) {
                        throw ProblemException.conflict(closedDetail);
                    }
                    return participants.active(programId).flatMap(active -> matches.ofProgram(programId).map(list -> {
                        MatchHistory history = MatchHistory.of(list);
                        PairScorer scorer = new PairScorer(policy.scoringWeights(), policy.hardRules(),
                                focus == null ? List.of() : focus.focusTopics(), history.previousPairs(),
                                LocalDate.now(clock.withZone(ZoneOffset.UTC)));
                        return new Inputs(policy, active, history, scorer);
                    }));
                }));
    }
}
