package dev.upward.session.api;

import dev.upward.commons.security.Roles;
import dev.upward.session.config.NudgeConfig;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.NudgePlanner;
import dev.upward.session.domain.NudgePolicy;
import dev.upward.session.persistence.MentorshipAgreementRepository;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.NudgePolicyRepository;
import dev.upward.session.persistence.SessionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What programme admins see of mentorships: dates, status and counts, never agendas, notes
 * or anything a member wrote, so the pair can speak freely.
 */
@Path("/programs/{programId}")
@Tag(name = "Programme oversight")
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class ProgramMentorshipsResource {

    private final MentorshipRepository mentorships;
    private final SessionRepository sessions;
    private final MentorshipAgreementRepository agreements;
    private final NudgePolicyRepository policies;
    private final NudgeConfig config;

    public ProgramMentorshipsResource(MentorshipRepository mentorships, SessionRepository sessions,
                                      MentorshipAgreementRepository agreements, NudgePolicyRepository policies, NudgeConfig config) {
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.agreements = agreements;
        this.policies = policies;
        this.config = config;
    }

    public record SessionCounts(long scheduled, long completed, long cancelled, long missed) {
    }

    public record MentorshipMetadata(UUID id, UUID mentorParticipantId, UUID menteeParticipantId, String status,
                                     Instant startedAt, LocalDate plannedEnd, Instant endedAt, String endReason,
                                     Instant lastSessionAt, boolean agreementInForce, SessionCounts sessions) {
    }

    public record NudgePolicyView(UUID programId, int firstSessionWithinDays, int atRiskAfterWeeks, int reminderHoursBefore,
                                  boolean programmeDefault) {
    }

    @GET
    @Path("/mentorships")
    @WithSession
    @Operation(summary = "The programme's mentorships as metadata: dates, status, session counts")
    public Uni<List<MentorshipMetadata>> mentorships(@PathParam("programId") UUID programId) {
        return mentorships.ofProgram(programId).flatMap(list -> sessions.countsByMentorship(programId)
                .flatMap(counts -> agreements.list("mentorshipId in ?1", list.stream().map(Mentorship::id).toList())
                        .map(inForce -> list.stream().map(m -> {
                            Map<String, Long> c = counts.getOrDefault(m.id(), Map.of());
                            boolean agreed = inForce.stream().anyMatch(a -> a.mentorshipId().equals(m.id()) && a.inForce());
                            return new MentorshipMetadata(m.id(), m.mentorParticipantId(), m.menteeParticipantId(), m.status(),
                                    m.startedAt(), m.plannedEnd(), m.endedAt(), m.endReason(), m.lastSessionAt(), agreed,
                                    new SessionCounts(c.getOrDefault("SCHEDULED", 0L), c.getOrDefault("COMPLETED", 0L),
                                            c.getOrDefault("CANCELLED", 0L), c.getOrDefault("MISSED", 0L)));
                        }).toList())));
    }

    @GET
    @Path("/nudge-policy")
    @WithSession
    @Operation(summary = "When this programme's pairs are nudged; the service defaults until an admin sets its own")
    public Uni<NudgePolicyView> nudgePolicy(@PathParam("programId") UUID programId) {
        return policies.findById(programId).map(p -> view(programId, p == null ? config.defaults() : p.policy(), p == null));
    }

    @PUT
    @Path("/nudge-policy")
    @WithTransaction
    @Operation(summary = "Set this programme's nudge policy")
    public Uni<NudgePolicyView> setNudgePolicy(@PathParam("programId") UUID programId,
                                               @Valid @NotNull MentorshipRequests.NudgeSettings body) {
        NudgePlanner.Policy policy = new NudgePlanner.Policy(body.firstSessionWithinDays(), body.atRiskAfterWeeks(),
                body.reminderHoursBefore());
        return policies.findById(programId).flatMap(existing -> {
            if (existing != null) {
                existing.change(policy);
                return Uni.createFrom().item(existing);
            }
            return policies.persist(new NudgePolicy(programId, policy));
        }).map(saved -> view(programId, saved.policy(), false));
    }

    private static NudgePolicyView view(UUID programId, NudgePlanner.Policy p, boolean isDefault) {
        return new NudgePolicyView(programId, p.firstSessionWithinDays(), p.atRiskAfterWeeks(), p.reminderHoursBefore(), isDefault);
    }
}
