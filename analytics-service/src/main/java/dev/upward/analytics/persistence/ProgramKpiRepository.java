package dev.upward.analytics.persistence;

import dev.upward.analytics.domain.ProgramKpi;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ProgramKpiRepository implements PanacheRepositoryBase<ProgramKpi, UUID> {
}
