package dev.upward.session.api;

import dev.upward.commons.security.Roles;
import dev.upward.session.app.GoalsAndMilestones;
import dev.upward.session.app.MentorshipAgreements;
import dev.upward.session.app.MentorshipQueries;
import dev.upward.session.domain.AgendaSuggester;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.MentorshipAgreement;
import dev.upward.session.domain.Milestone;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Mentorships, their agreement, goals and milestones: visible to their two members only. */
@Path("/mentorships")
@Tag(name = "Mentorships")
@RolesAllowed(Roles.PARTICIPANT)
public class MentorshipResource {

    private final MentorshipQueries queries;
    private final MentorshipAgreements agreements;
    private final GoalsAndMilestones goals;

    public MentorshipResource(MentorshipQueries queries, MentorshipAgreements agreements, GoalsAndMilestones goals) {
        this.queries = queries;
        this.agreements = agreements;
        this.goals = goals;
    }

    public record MentorshipView(UUID id, UUID matchId, UUID programId, UUID mentorParticipantId, UUID menteeParticipantId,
                                 String myRole, String status, Instant startedAt, LocalDate plannedEnd, Instant endedAt,
                                 String endReason, Instant lastSessionAt) {

        static MentorshipView of(Mentorship m, String myRole) {
            return new MentorshipView(m.id(), m.matchId(), m.programId(), m.mentorParticipantId(), m.menteeParticipantId(),
                    myRole, m.status(), m.startedAt(), m.plannedEnd(), m.endedAt(), m.endReason(), m.lastSessionAt());
        }
    }

    public record AgreementView(String goals, String groundRules, String confidentiality, String meetingFrequency,
                                Instant mentorConfirmedAt, Instant menteeConfirmedAt, boolean inForce, Instant updatedAt) {

        static AgreementView of(MentorshipAgreement a) {
            return new AgreementView(a.goals(), a.groundRules(), a.confidentiality(), a.meetingFrequency(),
                    a.mentorConfirmedAt(), a.menteeConfirmedAt(), a.inForce(), a.updatedAt());
        }
    }

    public record MilestoneView(UUID id, String title, LocalDate dueOn, Instant reachedAt) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.id(), m.title(), m.dueOn(), m.reachedAt());
        }
    }

    public record GoalView(UUID id, String title, int progress, Instant createdAt, List<MilestoneView> milestones) {
        static GoalView of(GoalsAndMilestones.GoalWithMilestones g) {
            return new GoalView(g.goal().id(), g.goal().title(), g.goal().progress(), g.goal().createdAt(),
                    g.milestones().stream().map(MilestoneView::of).toList());
        }
    }

    public record AgendaView(List<AgendaSuggester.Suggestion> topics, List<String> draftAgenda) {
    }

    @GET
    @Path("/mine")
    @Operation(summary = "The mentorships I am a member of, newest first")
    public Uni<List<MentorshipView>> mine() {
        return queries.mine().map(list -> list.stream().map(m -> MentorshipView.of(m.mentorship(), m.side())).toList());
    }

    @GET
    @Path("/{mentorshipId}")
    @Operation(summary = "One of my mentorships; any other answers 404")
    public Uni<MentorshipView> get(@PathParam("mentorshipId") UUID mentorshipId) {
        return queries.one(mentorshipId).map(member -> MentorshipView.of(member.mentorship(), member.side()));
    }

    @GET
    @Path("/{mentorshipId}/agreement")
    @Operation(summary = "The mentorship agreement (404 until one is written)")
    public Uni<AgreementView> agreement(@PathParam("mentorshipId") UUID mentorshipId) {
        return queries.agreement(mentorshipId).map(AgreementView::of);
    }

    @PUT
    @Path("/{mentorshipId}/agreement")
    @Operation(summary = "Write or change the agreement; the writer confirms it, the other member must confirm again")
    public Uni<AgreementView> writeAgreement(@PathParam("mentorshipId") UUID mentorshipId,
                                             @Valid @NotNull MentorshipRequests.Agreement body) {
        return agreements.write(mentorshipId, new MentorshipAgreements.Terms(body.goals(), body.groundRules(),
                body.confidentiality(), body.meetingFrequency())).map(AgreementView::of);
    }

    @POST
    @Path("/{mentorshipId}/agreement/confirmation")
    @Operation(summary = "Confirm the agreement as it stands; in force once both have confirmed")
    public Uni<AgreementView> confirmAgreement(@PathParam("mentorshipId") UUID mentorshipId) {
        return agreements.confirm(mentorshipId).map(AgreementView::of);
    }

    @GET
    @Path("/{mentorshipId}/goals")
    @Operation(summary = "The goals of my mentorship with their milestones")
    public Uni<List<GoalView>> goals(@PathParam("mentorshipId") UUID mentorshipId) {
        return goals.of(mentorshipId).map(list -> list.stream().map(GoalView::of).toList());
    }

    @POST
    @Path("/{mentorshipId}/goals")
    @Operation(summary = "Add a goal with its milestones")
    public Uni<Response> addGoal(@PathParam("mentorshipId") UUID mentorshipId, @Valid @NotNull MentorshipRequests.NewGoal body,
                                 UriInfo uriInfo) {
        List<GoalsAndMilestones.NewMilestone> steps = body.milestones() == null ? null : body.milestones().stream()
                .map(m -> new GoalsAndMilestones.NewMilestone(m.title(), m.dueOn())).toList();
        return goals.add(mentorshipId, body.title(), steps).map(GoalView::of)
                .map(view -> Response.created(uriInfo.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build());
    }

    @PUT
    @Path("/{mentorshipId}/goals/{goalId}/progress")
    @Operation(summary = "Record how far a goal has come, 0-100 percent")
    public Uni<GoalView> progress(@PathParam("mentorshipId") UUID mentorshipId, @PathParam("goalId") UUID goalId,
                                  @Valid @NotNull MentorshipRequests.Progress body) {
        return goals.progress(mentorshipId, goalId, body.progress()).map(GoalView::of);
    }

    @POST
    @Path("/{mentorshipId}/goals/{goalId}/milestones/{milestoneId}/reached")
    @Operation(summary = "Mark a milestone reached (MilestoneReached, once)")
    public Uni<MilestoneView> reached(@PathParam("mentorshipId") UUID mentorshipId, @PathParam("goalId") UUID goalId,
                                      @PathParam("milestoneId") UUID milestoneId) {
        return goals.reach(mentorshipId, goalId, milestoneId).map(MilestoneView::of);
    }

    @GET
    @Path("/{mentorshipId}/agenda-suggestion")
    @Operation(summary = "Topics and a draft agenda for the next session",
            description = "Ranked from the mentee's learning goals, the programme's focus topics and what held sessions already covered.")
    public Uni<AgendaView> agendaSuggestion(@PathParam("mentorshipId") UUID mentorshipId) {
        return queries.agendaSuggestion(mentorshipId).map(s -> new AgendaView(s.topics(), s.draftAgenda()));
    }
}
