package dev.upward.session.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.session.domain.AgendaSuggester;
import dev.upward.session.domain.Goal;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.MentorshipAgreement;
import dev.upward.session.domain.Milestone;
import dev.upward.session.domain.Session;
import dev.upward.session.domain.SessionStatus;
import dev.upward.session.messaging.SessionEvents;
import dev.upward.session.persistence.GoalRepository;
import dev.upward.session.persistence.MentorshipAgreementRepository;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.MilestoneRepository;
import dev.upward.session.persistence.ParticipantRefRepository;
import dev.upward.session.persistence.ProgramCalendarRepository;
import dev.upward.session.persistence.SessionRepository;
import dev.upward.session.persistence.TopicRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mentorships, their agreement, goals and milestones: visible to their two members only. */
@Path("/mentorships")
@Tag(name = "Mentorships")
@RolesAllowed(Roles.PARTICIPANT)
public class MentorshipResource {

    private final MentorshipRepository mentorships;
    private final MentorshipAgreementRepository agreements;
    private final GoalRepository goals;
    private final MilestoneRepository milestones;
    private final SessionRepository sessions;
    private final TopicRepository topics;
    private final ProgramCalendarRepository calendars;
    private final ParticipantRefRepository participants;
    private final Membership membership;
    private final SessionEvents events;
    private final Clock clock;

    public MentorshipResource(MentorshipRepository mentorships, MentorshipAgreementRepository agreements, GoalRepository goals,
                              MilestoneRepository milestones, SessionRepository sessions, TopicRepository topics,
                              ProgramCalendarRepository calendars, ParticipantRefRepository participants,
                              Membership membership, SessionEvents events, Clock clock) {
        this.mentorships = mentorships;
        this.agreements = agreements;
        this.goals = goals;
        this.milestones = milestones;
        this.sessions = sessions;
        this.topics = topics;
        this.calendars = calendars;
        this.participants = participants;
        this.membership = membership;
        this.events = events;
        this.clock = clock;
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
    }

    public record AgendaView(List<AgendaSuggester.Suggestion> topics, List<String> draftAgenda) {
    }

    @GET
    @Path("/mine")
    @WithSession
    @Operation(summary = "The mentorships I am a member of, newest first")
    public Uni<List<MentorshipView>> mine() {
        String me = membership.employeeId();
        return participants.ofEmployee(me).flatMap(mine -> mentorships.ofEmployee(me).map(list -> list.stream()
                .map(m -> MentorshipView.of(m, mine.stream().map(p -> m.sideOf(p.participantId()))
                        .filter(side -> side != null).findFirst().orElse(null)))
                .toList()));
    }

    @GET
    @Path("/{mentorshipId}")
    @WithSession
    @Operation(summary = "One of my mentorships; any other answers 404")
    public Uni<MentorshipView> get(@PathParam("mentorshipId") UUID mentorshipId) {
        return membership.in(mentorshipId).map(member -> MentorshipView.of(member.mentorship(), member.side()));
    }

    @GET
    @Path("/{mentorshipId}/agreement")
    @WithSession
    @Operation(summary = "The mentorship agreement (404 until one is written)")
    public Uni<AgreementView> agreement(@PathParam("mentorshipId") UUID mentorshipId) {
        return membership.in(mentorshipId).flatMap(member -> agreements.findById(mentorshipId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("agreement of mentorship", mentorshipId))
                .map(AgreementView::of);
    }

    @PUT
    @Path("/{mentorshipId}/agreement")
    @Operation(summary = "Write or change the agreement; the writer confirms it, the other member must confirm again")
    public Uni<AgreementView> writeAgreement(@PathParam("mentorshipId") UUID mentorshipId,
                                             @Valid @NotNull MentorshipRequests.Agreement body) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> membership.in(mentorshipId).flatMap(member -> {
            member.mentorship().requireOpen();
            return agreements.findById(mentorshipId).flatMap(existing -> {
                MentorshipAgreement agreement = existing != null ? existing : new MentorshipAgreement(mentorshipId);
                agreement.write(body.goals(), body.groundRules(), body.confidentiality(), body.meetingFrequency(),
                        member.side(), now);
                return existing != null ? Uni.createFrom().item(agreement) : agreements.persist(agreement);
            });
        }).map(AgreementView::of));
    }

    @POST
    @Path("/{mentorshipId}/agreement/confirmation")
    @Operation(summary = "Confirm the agreement as it stands; in force once both have confirmed")
    public Uni<AgreementView> confirmAgreement(@PathParam("mentorshipId") UUID mentorshipId) {
        return Panache.withTransaction(() -> membership.in(mentorshipId).flatMap(member -> agreements.findById(mentorshipId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("agreement of mentorship", mentorshipId))
                .invoke(a -> a.confirm(member.side(), clock.instant()))
                .map(AgreementView::of)));
    }

    @GET
    @Path("/{mentorshipId}/goals")
    @WithSession
    @Operation(summary = "The goals of my mentorship with their milestones")
    public Uni<List<GoalView>> goals(@PathParam("mentorshipId") UUID mentorshipId) {
        return membership.in(mentorshipId).flatMap(member -> goals.list("mentorshipId", mentorshipId))
                .flatMap(list -> Multi.createFrom().iterable(list)
                        .onItem().transformToUniAndConcatenate(this::view)
                        .collect().asList());
    }

    @POST
    @Path("/{mentorshipId}/goals")
    @Operation(summary = "Add a goal with its milestones")
    public Uni<Response> addGoal(@PathParam("mentorshipId") UUID mentorshipId, @Valid @NotNull MentorshipRequests.NewGoal body,
                                 UriInfo uriInfo) {
        return Panache.withTransaction(() -> membership.in(mentorshipId).flatMap(member -> {
            member.mentorship().requireOpen();
            Goal goal = new Goal(mentorshipId, body.title(), clock.instant());
            List<Milestone> steps = body.milestones() == null ? List.of()
                    : body.milestones().stream().map(m -> new Milestone(goal.id(), m.title(), m.dueOn())).toList();
            return goals.persist(goal).call(() -> milestones.persist(steps)).flatMap(this::view);
        })).map(view -> Response.created(uriInfo.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build());
    }

    @PUT
    @Path("/{mentorshipId}/goals/{goalId}/progress")
    @Operation(summary = "Record how far a goal has come, 0-100 percent")
    public Uni<GoalView> progress(@PathParam("mentorshipId") UUID mentorshipId, @PathParam("goalId") UUID goalId,
                                  @Valid @NotNull MentorshipRequests.Progress body) {
        return Panache.withTransaction(() -> goalOf(mentorshipId, goalId)
                .invoke(found -> found.goal().progress(body.progress()))
                .flatMap(found -> view(found.goal())));
    }

    @POST
    @Path("/{mentorshipId}/goals/{goalId}/milestones/{milestoneId}/reached")
    @Operation(summary = "Mark a milestone reached (MilestoneReached, once)")
    public Uni<MilestoneView> reached(@PathParam("mentorshipId") UUID mentorshipId, @PathParam("goalId") UUID goalId,
                                      @PathParam("milestoneId") UUID milestoneId) {
        return Panache.withTransaction(() -> goalOf(mentorshipId, goalId).flatMap(found -> milestones.findById(milestoneId)
                .map(m -> m != null && m.goalId().equals(goalId) ? m : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("milestone", milestoneId))
                .call(m -> m.reach(clock.instant()) ? events.milestoneReached(found.member().mentorship(), m.id())
                        : Uni.createFrom().voidItem())
                .map(MilestoneView::of)));
    }

    @GET
    @Path("/{mentorshipId}/agenda-suggestion")
    @WithSession
    @Operation(summary = "Topics and a draft agenda for the next session",
            description = "Ranked from the mentee's learning goals, the programme's focus topics and what held sessions already covered.")
    public Uni<AgendaView> agendaSuggestion(@PathParam("mentorshipId") UUID mentorshipId) {
        return membership.in(mentorshipId).flatMap(member -> {
            Mentorship m = member.mentorship();
            return participants.findById(m.menteeParticipantId()).flatMap(mentee -> calendars.findById(m.programId())
                    .flatMap(calendar -> sessions.ofMentorship(mentorshipId).flatMap(held -> topics.allByTitle().map(library -> {
                        Map<String, Integer> covered = new HashMap<>();
                        held.stream().filter(s -> s.status() == SessionStatus.COMPLETED).map(Session::topics)
                                .forEach(list -> list.forEach(slug -> covered.merge(slug, 1, Integer::sum)));
                        List<AgendaSuggester.Suggestion> ranked = AgendaSuggester.suggest(
                                library.stream().map(t -> new AgendaSuggester.LibraryTopic(t.slug(), t.title(), t.suggestedQuestions())).toList(),
                                mentee == null ? List.of() : mentee.learningGoals(),
                                calendar == null ? List.of() : calendar.focusTopics(), covered, 3);
                        List<String> draft = ranked.isEmpty() ? List.of("Check-in: what has changed since last time")
                                : List.of("Check-in: what has changed since last time", "Main topic: " + ranked.get(0).title(),
                                ranked.get(0).questions().isEmpty() ? "Open questions" : "Question: " + ranked.get(0).questions().get(0),
                                "Next steps and date of the next session");
                        return new AgendaView(ranked, draft);
                    }))));
        });
    }

    record FoundGoal(Goal goal, Membership.Member member) {
    }

    private Uni<FoundGoal> goalOf(UUID mentorshipId, UUID goalId) {
        return membership.in(mentorshipId).flatMap(member -> goals.findById(goalId)
                .map(g -> g != null && g.mentorshipId().equals(mentorshipId) ? new FoundGoal(g, member) : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("goal", goalId)));
    }

    private Uni<GoalView> view(Goal goal) {
        return milestones.list("goalId", goal.id()).map(steps -> new GoalView(goal.id(), goal.title(), goal.progress(),
                goal.createdAt(), steps.stream().map(MilestoneView::of).toList()));
    }
}
