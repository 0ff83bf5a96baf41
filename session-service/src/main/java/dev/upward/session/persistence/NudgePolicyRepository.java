package dev.upward.session.persistence;

import dev.upward.session.domain.NudgePolicy;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class NudgePolicyRepository implements PanacheRepositoryBase<NudgePolicy, UUID> {
}
