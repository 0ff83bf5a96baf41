package dev.upward.feedback.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.commons.security.Roles;
import dev.upward.feedback.api.SurveyViews.MySurveyView;
import dev.upward.feedback.api.SurveyViews.ResponseSubmission;
import dev.upward.feedback.api.SurveyViews.ResponseView;
import dev.upward.feedback.api.SurveyViews.SurveySummary;
import dev.upward.feedback.api.SurveyViews.SurveyView;
import dev.upward.feedback.app.AnswerSurvey;
import dev.upward.feedback.app.DefineSurvey;
import dev.upward.feedback.app.FeedbackSummaries;
import dev.upward.feedback.app.SurveyQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Programme surveys at the middle and the end: defined by the programme team, answered once by
 * each participant, reported only in aggregate under the same rule as session feedback.
 */
@Path("/")
@Tag(name = "Surveys")
public class SurveyResource {

    private final DefineSurvey defineSurvey;
    private final AnswerSurvey answerSurvey;
    private final SurveyQueries queries;
    private final FeedbackSummaries summaries;
    private final Caller caller;

    public SurveyResource(DefineSurvey defineSurvey, AnswerSurvey answerSurvey, SurveyQueries queries,
                          FeedbackSummaries summaries, Caller caller) {
        this.defineSurvey = defineSurvey;
        this.answerSurvey = answerSurvey;
        this.queries = queries;
        this.summaries = summaries;
        this.caller = caller;
    }

    @POST
    @Path("programs/{programId}/surveys")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Define the programme's MID or END survey (201); a second one for the same milestone is 409")
    public Uni<Response> define(@PathParam("programId") UUID programId, @Valid @NotNull SurveyDefinition request,
                                UriInfo uriInfo) {
        return defineSurvey.define(programId, request.milestone(), request.title(), request.surveyItems())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", programId))
                .map(saved -> Response.created(uriInfo.getBaseUriBuilder().path("surveys").path(saved.id().toString())
                        .path("summary").build()).entity(SurveyView.of(saved)).build());
    }

    @GET
    @Path("programs/{programId}/surveys")
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST})
    @Operation(summary = "The programme's surveys")
    public Uni<List<SurveyView>> ofProgram(@PathParam("programId") UUID programId) {
        return queries.ofProgram(programId).map(list -> list.stream().map(SurveyView::of).toList());
    }

    @GET
    @Path("surveys/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Surveys of the programmes I take part in, and whether I have answered each")
    public Uni<List<MySurveyView>> mine() {
        return queries.mine(caller.requireEmployeeId()).map(list -> list.stream()
                .map(s -> new MySurveyView(SurveyView.of(s.survey()), s.answered())).toList());
    }

    @POST
    @Path("surveys/{surveyId}/responses")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Answer a survey of my programme once (201); a repeat returns my first response (200)",
            description = "404 for surveys of programmes I do not take part in; 422 when an answer does not fit its item.")
    public Uni<Response> respond(@PathParam("surveyId") UUID surveyId, @Valid @NotNull ResponseSubmission request,
                                 UriInfo uriInfo) {
        return answerSurvey.respond(caller.requireEmployeeId(), surveyId, request.answers())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("survey", surveyId))
                .map(answered -> Answers.response(answered, ResponseView::of,
                        r -> uriInfo.getAbsolutePathBuilder().path("mine").build()));
    }

    @GET
    @Path("surveys/{surveyId}/responses/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "My own response to a survey; 404 when I have not answered it")
    public Uni<ResponseView> myResponse(@PathParam("surveyId") UUID surveyId) {
        return queries.myResponse(caller.requireEmployeeId(), surveyId)
                .onItem().ifNull().failWith(() -> NothingToAnswer.because("you have no response to survey " + surveyId))
                .map(ResponseView::of);
    }

    @GET
    @Path("surveys/{surveyId}/summary")
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST})
    @Operation(summary = "The survey's answers in aggregate, each item suppressed until five people stand behind it")
    public Uni<SurveySummary> summary(@PathParam("surveyId") UUID surveyId) {
        return summaries.ofSurvey(surveyId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("survey", surveyId))
                .map(SurveySummary::of);
    }
}
