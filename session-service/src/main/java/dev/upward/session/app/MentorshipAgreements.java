package dev.upward.session.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.session.domain.MentorshipAgreement;
import dev.upward.session.persistence.MentorshipAgreementRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The pair's agreement: written or changed by one member, in force once both have confirmed it as it stands. */
@ApplicationScoped
public class MentorshipAgreements {

    /** What a member writes. */
    public record Terms(String goals, String groundRules, String confidentiality, String meetingFrequency) {
    }

    private final MentorshipAgreementRepository agreements;
    private final Membership membership;
    private final Clock clock;

    public MentorshipAgreements(MentorshipAgreementRepository agreements, Membership membership, Clock clock) {
        this.agreements = agreements;
        this.membership = membership;
        this.clock = clock;
    }

    /** The writer confirms what they wrote; the other member must confirm again. */
    @WithTransaction
    public Uni<MentorshipAgreement> write(UUID mentorshipId, Terms terms) {
        Instant now = clock.instant();
        return membership.in(mentorshipId).flatMap(member -> {
            member.mentorship().requireOpen();
            return agreements.findById(mentorshipId).flatMap(existing -> {
                MentorshipAgreement agreement = existing != null ? existing : new MentorshipAgreement(mentorshipId);
                agreement.write(terms.goals(), terms.groundRules(), terms.confidentiality(), terms.meetingFrequency(),
                        member.side(), now);
                return existing != null ? Uni.createFrom().item(agreement) : agreements.persist(agreement);
            });
        });
    }

    @WithTransaction
    public Uni<MentorshipAgreement> confirm(UUID mentorshipId) {
        return membership.in(mentorshipId).flatMap(member -> agreements.findById(mentorshipId)
                .onItem().ifNull().failWith(() -> notWritten(mentorshipId))
                .invoke(a -> a.confirm(member.side(), clock.instant())));
    }

    static ProblemException notWritten(UUID mentorshipId) {
        return ProblemException.notFound("agreement of mentorship", mentorshipId);
    }
}
