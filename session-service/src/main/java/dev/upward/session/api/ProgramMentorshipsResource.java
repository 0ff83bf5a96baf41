package dev.upward.session.api;

import dev.upward.commons.security.Roles;
import dev.upward.session.app.ProgramMentorshipQueries;
import dev.upward.session.app.SetNudgePolicy;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.NudgePlanner;
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

    private final ProgramMentorshipQueries queries;
    private final SetNudgePolicy nudgePolicies;

    public ProgramMentorshipsResource(ProgramMentorshipQueries queries, SetNudgePolicy nudgePolicies) {
        this.queries = queries;
        this.nudgePolicies = nudgePolicies;
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
    @Operation(summary = "The programme's mentorships as metadata: dates, status, session counts")
    public Uni<List<MentorshipMetadata>> mentorships(@PathParam("programId") UUID programId) {
        return queries.mentorships(programId).map(list -> list.stream().map(ProgramMentorshipsResource::metadata).toList());
    }

    @GET
    @Path("/nudge-policy")
    @Operation(summary = "When this programme's pairs are nudged; the service defaults until an admin sets its own")
    public Uni<NudgePolicyView> nudgePolicy(@PathParam("programId") UUID programId) {
        return queries.nudgePolicy(programId).map(applied -> view(programId, applied.policy(), applied.isDefault()));
    }

    @PUT
    @Path("/nudge-policy")
    @Operation(summary = "Set this programme's nudge policy")
    public Uni<NudgePolicyView> setNudgePolicy(@PathParam("programId") UUID programId,
                                               @Valid @NotNull MentorshipRequests.NudgeSettings body) {
        NudgePlanner.Policy policy = new NudgePlanner.Policy(body.firstSessionWithinDays(), body.atRiskAfterWeeks(),
                body.reminderHoursBefore());
        return nudgePolicies.set(programId, policy).map(saved -> view(programId, saved.policy(), false));
    }

    private static MentorshipMetadata metadata(ProgramMentorshipQueries.Overview o) {
        Mentorship m = o.mentorship();
        Map<String, Long> c = o.sessionCounts();
        return new MentorshipMetadata(m.id(), m.mentorParticipantId(), m.menteeParticipantId(), m.status(),
                m.startedAt(), m.plannedEnd(), m.endedAt(), m.endReason(), m.lastSessionAt(), o.agreementInForce(),
                new SessionCounts(c.getOrDefault("SCHEDULED", 0L), c.getOrDefault("COMPLETED", 0L),
                        c.getOrDefault("CANCELLED", 0L), c.getOrDefault("MISSED", 0L)));
    }

    private static NudgePolicyView view(UUID programId, NudgePlanner.Policy p, boolean isDefault) {
        return new NudgePolicyView(programId, p.firstSessionWithinDays(), p.atRiskAfterWeeks(), p.reminderHoursBefore(), isDefault);
    }
}
