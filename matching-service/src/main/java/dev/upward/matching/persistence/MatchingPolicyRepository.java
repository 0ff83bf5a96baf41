package dev.upward.matching.persistence;

import dev.upward.matching.domain.MatchingPolicy;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class MatchingPolicyRepository implements PanacheRepositoryBase<MatchingPolicy, UUID> {
}
