package dev.upward.feedback.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.feedback.domain.Assessment;
import dev.upward.feedback.domain.ParticipantRef;
import dev.upward.feedback.domain.Phase;
import dev.upward.feedback.domain.Role;
import dev.upward.feedback.domain.SkillGrowth;
import dev.upward.feedback.domain.SkillScore;
import dev.upward.feedback.messaging.FeedbackEvents;
import dev.upward.feedback.persistence.AssessmentRepository;
import dev.upward.feedback.persistence.ParticipantRefRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Skills self-assessments before and after a programme, and the growth between them. Each
 * person sees only their own.
 */
@Path("/assessments")
@Tag(name = "Skill assessments")
public class AssessmentResource {

    private final AssessmentRepository assessments;
    private final ParticipantRefRepository participants;
    private final FeedbackEvents events;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    public AssessmentResource(AssessmentRepository assessments, ParticipantRefRepository participants,
                              FeedbackEvents events, Caller caller) {
        this.assessments = assessments;
        this.participants = participants;
        this.events = events;
        this.caller = caller;
    }

    /** My assessments in one programme and how I grew per skill. */
    public record MyAssessments(UUID programId, UUID participantId, Role role, AssessmentView pre, AssessmentView post,
                                List<SkillGrowth.Growth> growth) {
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @WithTransaction
    @Operation(summary = "Submit my PRE or POST self-assessment in a programme I am enrolled in (201)",
            description = "Sending the same ratings again returns the first submission (200); different ratings "
                    + "for a phase already assessed are 409 assessment-exists. 404 when I am not enrolled.")
    public Uni<Response> submit(@Valid @NotNull AssessmentSubmission request, UriInfo uriInfo) {
        String me = caller.employeeId();
        Instant now = clock.instant();
        List<SkillScore> ratings = request.ratings().stream().map(r -> new SkillScore(r.skill(), r.score())).toList();
        return participants.ofEmployee(me)
                .map(mine -> mine.stream().filter(p -> p.programId().equals(request.programId())).findFirst().orElse(null))
                .onItem().ifNull().failWith(() -> NothingToAnswer.because(
                        "you are not a participant of programme " + request.programId()))
                .flatMap(participant -> assessments.byParticipantAndPhase(participant.participantId(), request.phase())
                        .flatMap(existing -> {
                            if (existing != null) {
                                if (!existing.sameRatingsAs(ratings)) {
                                    throw new ProblemException(Problem.of(409, "assessment-exists", "Conflict",
                                            "your " + request.phase() + " assessment was given on " + existing.submittedAt()
                                                    + " and stays as it is, so that growth is measured from it"));
                                }
                                return Uni.createFrom().item(Response.ok(AssessmentView.of(existing)).build());
                            }
                            return create(participant, request.phase(), ratings, now, uriInfo);
                        }));
    }

    private Uni<Response> create(ParticipantRef participant, Phase phase, List<SkillScore> ratings, Instant now,
                                 UriInfo uriInfo) {
        Assessment assessment;
        try {
            assessment = Assessment.submit(participant, phase, ratings, now);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("assessment", e.getMessage());
        }
        return assessments.persist(assessment)
                .call(events::assessed)
                .map(saved -> Response.created(uriInfo.getAbsolutePathBuilder().path("mine").build())
                        .entity(AssessmentView.of(saved)).build());
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithSession
    @Operation(summary = "My assessments per programme, with the growth from PRE to POST per skill")
    public Uni<List<MyAssessments>> mine() {
        String me = caller.employeeId();
        return participants.ofEmployee(me).flatMap(mine -> assessments.byAuthor(me).map(given -> {
            Map<UUID, List<Assessment>> byParticipant = given.stream()
                    .collect(Collectors.groupingBy(Assessment::participantId));
            List<MyAssessments> result = new ArrayList<>();
            for (ParticipantRef p : mine) {
                List<Assessment> own = byParticipant.getOrDefault(p.participantId(), List.of());
                Assessment pre = phase(own, Phase.PRE);
                Assessment post = phase(own, Phase.POST);
                if (pre == null && post == null) {
                    continue;
                }
                result.add(new MyAssessments(p.programId(), p.participantId(), p.role(),
                        pre == null ? null : AssessmentView.of(pre), post == null ? null : AssessmentView.of(post),
                        SkillGrowth.between(pre == null ? List.of() : pre.ratings(),
                                post == null ? List.of() : post.ratings())));
            }
            return result;
        }));
    }

    private static Assessment phase(List<Assessment> assessments, Phase phase) {
        return assessments.stream().filter(a -> a.phase() == phase).findFirst().orElse(null);
    }
}
