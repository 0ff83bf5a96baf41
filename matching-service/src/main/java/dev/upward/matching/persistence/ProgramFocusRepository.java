package dev.upward.matching.persistence;

import dev.upward.matching.domain.ProgramFocus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ProgramFocusRepository implements PanacheRepositoryBase<ProgramFocus, UUID> {
}
