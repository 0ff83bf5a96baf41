package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.ProgramRef;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ProgramRefRepository implements PanacheRepositoryBase<ProgramRef, UUID> {
}
