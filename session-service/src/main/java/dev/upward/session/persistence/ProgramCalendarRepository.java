package dev.upward.session.persistence;

import dev.upward.session.domain.ProgramCalendar;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ProgramCalendarRepository implements PanacheRepositoryBase<ProgramCalendar, UUID> {
}
