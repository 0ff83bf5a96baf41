package dev.upward.session.persistence;

import dev.upward.session.domain.ParticipantRef;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ParticipantRefRepository implements PanacheRepositoryBase<ParticipantRef, UUID> {
}
