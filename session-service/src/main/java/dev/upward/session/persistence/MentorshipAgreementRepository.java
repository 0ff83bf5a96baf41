package dev.upward.session.persistence;

import dev.upward.session.domain.MentorshipAgreement;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class MentorshipAgreementRepository implements PanacheRepositoryBase<MentorshipAgreement, UUID> {
}
