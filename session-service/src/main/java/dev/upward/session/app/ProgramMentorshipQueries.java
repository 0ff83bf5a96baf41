package dev.upward.session.app;

import dev.upward.session.config.NudgeConfig;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.MentorshipAgreement;
import dev.upward.session.domain.NudgePlanner;
import dev.upward.session.persistence.MentorshipAgreementRepository;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.NudgePolicyRepository;
import dev.upward.session.persistence.SessionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What programme admins see of mentorships: dates, status and counts, never agendas, notes
 * or anything a member wrote, so the pair can speak freely.
 */
@ApplicationScoped
public class ProgramMentorshipQueries {

    /** A mentorship's facts; {@code sessionCounts} by session status. */
    public record Overview(Mentorship mentorship, boolean agreementInForce, Map<String, Long> sessionCounts) {
    }

    /** The policy that applies to a programme, and whether it is the service's default. */
    public record AppliedPolicy(NudgePlanner.Policy policy, boolean isDefault) {
    }

    private final MentorshipRepository mentorships;
    private final SessionRepository sessions;
    private final MentorshipAgreementRepository agreements;
    private final NudgePolicyRepository policies;
    private final NudgeConfig config;

    public ProgramMentorshipQueries(MentorshipRepository mentorships, SessionRepository sessions,
                                    MentorshipAgreementRepository agreements, NudgePolicyRepository policies, NudgeConfig config) {
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.agreements = agreements;
        this.policies = policies;
        this.config = config;
    }

    /** Newest first. */
    @WithSession
    public Uni<List<Overview>> mentorships(UUID programId) {
        return mentorships.ofProgram(programId).flatMap(list -> sessions.countsByMentorship(programId)
                .flatMap(counts -> agreements.list("mentorshipId in ?1", list.stream().map(Mentorship::id).toList())
                        .map(written -> list.stream().map(m -> new Overview(m, inForce(written, m.id()),
                                counts.getOrDefault(m.id(), Map.of()))).toList())));
    }

    /** The service's defaults until an admin sets the programme's own. */
    @WithSession
    public Uni<AppliedPolicy> nudgePolicy(UUID programId) {
        return policies.findById(programId)
                .map(p -> p == null ? new AppliedPolicy(config.defaults(), true) : new AppliedPolicy(p.policy(), false));
    }

    private static boolean inForce(List<MentorshipAgreement> agreements, UUID mentorshipId) {
        return agreements.stream().anyMatch(a -> a.mentorshipId().equals(mentorshipId) && a.inForce());
    }
}
