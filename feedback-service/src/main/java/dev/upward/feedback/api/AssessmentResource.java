package dev.upward.feedback.api;

import dev.upward.commons.security.Caller;
import dev.upward.commons.security.Roles;
import dev.upward.feedback.app.AssessmentQueries;
import dev.upward.feedback.app.AssessmentQueries.ParticipationAssessments;
import dev.upward.feedback.app.SubmitAssessment;
import dev.upward.feedback.domain.Assessment;
import dev.upward.feedback.domain.Role;
import dev.upward.feedback.domain.SkillGrowth;
import dev.upward.feedback.domain.SkillScore;
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

import java.util.List;
import java.util.UUID;

/**
 * Skills self-assessments before and after a programme, and the growth between them. Each
 * person sees only their own.
 */
@Path("/assessments")
@Tag(name = "Skill assessments")
public class AssessmentResource {

    private final SubmitAssessment submitAssessment;
    private final AssessmentQueries queries;
    private final Caller caller;

    public AssessmentResource(SubmitAssessment submitAssessment, AssessmentQueries queries, Caller caller) {
        this.submitAssessment = submitAssessment;
        this.queries = queries;
        this.caller = caller;
    }

    /** My assessments in one programme and how I grew per skill. */
    public record MyAssessments(UUID programId, UUID participantId, Role role, AssessmentView pre, AssessmentView post,
                                List<SkillGrowth.Growth> growth) {

        static MyAssessments of(ParticipationAssessments given) {
            Assessment pre = given.pre();
            Assessment post = given.post();
            return new MyAssessments(given.participant().programId(), given.participant().participantId(),
                    given.participant().role(), AssessmentView.of(pre), AssessmentView.of(post),
                    SkillGrowth.between(pre == null ? List.of() : pre.ratings(), post == null ? List.of() : post.ratings()));
        }
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Submit my PRE or POST self-assessment in a programme I am enrolled in (201)",
            description = "Sending the same ratings again returns the first submission (200); different ratings "
                    + "for a phase already assessed are 409 assessment-exists. 404 when I am not enrolled.")
    public Uni<Response> submit(@Valid @NotNull AssessmentSubmission request, UriInfo uriInfo) {
        String me = caller.requireEmployeeId();
        List<SkillScore> ratings = request.ratings().stream().map(r -> new SkillScore(r.skill(), r.score())).toList();
        return submitAssessment.submit(me, request.programId(), request.phase(), ratings)
                .onItem().ifNull().failWith(() -> NothingToAnswer.because(
                        "you are not a participant of programme " + request.programId()))
                .map(answered -> Answers.response(answered, AssessmentView::of,
                        a -> uriInfo.getAbsolutePathBuilder().path("mine").build()));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "My assessments per programme, with the growth from PRE to POST per skill")
    public Uni<List<MyAssessments>> mine() {
        return queries.mine(caller.requireEmployeeId()).map(list -> list.stream().map(MyAssessments::of).toList());
    }
}
