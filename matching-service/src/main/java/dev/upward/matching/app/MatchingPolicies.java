package dev.upward.matching.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.matching.domain.MatchingObjective;
import dev.upward.matching.domain.MatchingPolicy;
import dev.upward.matching.domain.RuleSwitches;
import dev.upward.matching.domain.scoring.Factor;
import dev.upward.matching.persistence.MatchingPolicyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Reading and changing a programme's matching policy, which every programme gets when it is created. */
@ApplicationScoped
public class MatchingPolicies {

    private final MatchingPolicyRepository policies;
    private final Caller caller;
    private final Clock clock;

    public MatchingPolicies(MatchingPolicyRepository policies, Caller caller, Clock clock) {
        this.policies = policies;
        this.caller = caller;
        this.clock = clock;
    }

    /** New settings; null {@code weights} or {@code ruleSwitches} keep the current ones. */
    public record Change(int minJobLevelGap, boolean requireDifferentDepartment, int mentorCapacity,
                         int proposalDeadlineDays, MatchingObjective objective, Map<Factor, Integer> weights,
                         RuleSwitches ruleSwitches) {
    }

    @WithSession
    public Uni<MatchingPolicy> get(UUID programId) {
        return find(programId);
    }

    @WithTransaction
    public Uni<MatchingPolicy> change(UUID programId, Change change) {
        return find(programId).invoke(policy -> {
            policy.change(change.minJobLevelGap(), change.requireDifferentDepartment(), change.mentorCapacity(),
                    change.proposalDeadlineDays(), change.objective(), caller.name(), clock.instant());
            policy.tune(change.weights(), change.ruleSwitches());
        });
    }

    private Uni<MatchingPolicy> find(UUID programId) {
        return policies.findById(programId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("matching policy of programme", programId));
    }
}
