package dev.upward.session.app;

import dev.upward.session.domain.NudgePlanner;
import dev.upward.session.domain.NudgePolicy;
import dev.upward.session.persistence.NudgePolicyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** A programme admin sets when the programme's pairs are nudged, instead of the service's defaults. */
@ApplicationScoped
public class SetNudgePolicy {

    private final NudgePolicyRepository policies;

    public SetNudgePolicy(NudgePolicyRepository policies) {
        this.policies = policies;
    }

    @WithTransaction
    public Uni<NudgePolicy> set(UUID programId, NudgePlanner.Policy policy) {
        return policies.findById(programId).flatMap(existing -> {
            if (existing != null) {
                existing.change(policy);
                return Uni.createFrom().item(existing);
            }
            return policies.persist(new NudgePolicy(programId, policy));
        });
    }
}
