package dev.upward.feedback.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.feedback.api.SurveyViews.ItemSummary;
import dev.upward.feedback.api.SurveyViews.MySurveyView;
import dev.upward.feedback.api.SurveyViews.ResponseSubmission;
import dev.upward.feedback.api.SurveyViews.ResponseView;
import dev.upward.feedback.api.SurveyViews.SurveySummary;
import dev.upward.feedback.api.SurveyViews.SurveyView;
import dev.upward.feedback.domain.ParticipantRef;
import dev.upward.feedback.domain.Survey;
import dev.upward.feedback.domain.SurveyAnswers;
import dev.upward.feedback.domain.SurveyItem;
import dev.upward.feedback.domain.SurveyResponse;
import dev.upward.feedback.domain.disclosure.DisclosureRule;
import dev.upward.feedback.domain.disclosure.RatingFigures;
import dev.upward.feedback.domain.disclosure.SettledAnswer;
import dev.upward.feedback.messaging.FeedbackEvents;
import dev.upward.feedback.persistence.ParticipantRefRepository;
import dev.upward.feedback.persistence.ProgramRefRepository;
import dev.upward.feedback.persistence.SurveyRepository;
import dev.upward.feedback.persistence.SurveyResponseRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
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

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Programme surveys at the middle and the end: defined by the programme team, answered once by
 * each participant, reported only in aggregate under the same rule as session feedback.
 */
@Path("/")
@Tag(name = "Surveys")
public class SurveyResource {

    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final ProgramRefRepository programs;
    private final ParticipantRefRepository participants;
    private final FeedbackEvents events;
    private final Caller caller;
    private final DisclosureRule rule = new DisclosureRule();
    private final Clock clock = Clock.systemUTC();

    public SurveyResource(SurveyRepository surveys, SurveyResponseRepository responses, ProgramRefRepository programs,
                          ParticipantRefRepository participants, FeedbackEvents events, Caller caller) {
        this.surveys = surveys;
        this.responses = responses;
        this.programs = programs;
        this.participants = participants;
        this.events = events;
        this.caller = caller;
    }

    @POST
    @Path("programs/{programId}/surveys")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @WithTransaction
    @Operation(summary = "Define the programme's MID or END survey (201); a second one for the same milestone is 409")
    public Uni<Response> define(@PathParam("programId") UUID programId, @Valid @NotNull SurveyDefinition request,
                                UriInfo uriInfo) {
        Instant now = clock.instant();
        return programs.findById(programId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", programId))
                .flatMap(programme -> {
                    Survey survey;
                    try {
                        survey = Survey.define(programId, request.milestone(), request.title(), request.surveyItems(), now);
                    } catch (IllegalArgumentException e) {
                        throw ProblemException.unprocessable("survey", e.getMessage());
                    }
                    return surveys.persist(survey);
                })
                .call(saved -> surveys.flush())
                .map(saved -> Response.created(uriInfo.getBaseUriBuilder().path("surveys").path(saved.id().toString())
                        .path("summary").build()).entity(SurveyView.of(saved)).build());
    }

    @GET
    @Path("programs/{programId}/surveys")
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST})
    @WithSession
    @Operation(summary = "The programme's surveys")
    public Uni<List<SurveyView>> ofProgram(@PathParam("programId") UUID programId) {
        return surveys.ofPrograms(List.of(programId)).map(list -> list.stream().map(SurveyView::of).toList());
    }

    @GET
    @Path("surveys/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithSession
    @Operation(summary = "Surveys of the programmes I take part in, and whether I have answered each")
    public Uni<List<MySurveyView>> mine() {
        String me = caller.employeeId();
        return participants.ofEmployee(me).flatMap(mine -> surveys
                .ofPrograms(mine.stream().map(ParticipantRef::programId).distinct().toList())
                .flatMap(found -> responses.byAuthor(me).map(given -> {
                    Set<UUID> answered = given.stream().map(SurveyResponse::surveyId).collect(Collectors.toSet());
                    return found.stream().map(s -> new MySurveyView(SurveyView.of(s), answered.contains(s.id()))).toList();
                })));
    }

    @POST
    @Path("surveys/{surveyId}/responses")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithTransaction
    @Operation(summary = "Answer a survey of my programme once (201); a repeat returns my first response (200)",
            description = "404 for surveys of programmes I do not take part in; 422 when an answer does not fit its item.")
    public Uni<Response> respond(@PathParam("surveyId") UUID surveyId, @Valid @NotNull ResponseSubmission request,
                                 UriInfo uriInfo) {
        String me = caller.employeeId();
        Instant now = clock.instant();
        return surveys.findById(surveyId)
                .flatMap(survey -> survey == null ? Uni.createFrom().<Asked>nullItem() : participants.ofEmployee(me)
                        .map(mine -> mine.stream().filter(p -> p.programId().equals(survey.programId())).findFirst()
                                .map(p -> new Asked(survey, p)).orElse(null)))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("survey", surveyId))
                .flatMap(asked -> responses.byParticipant(surveyId, asked.participant().participantId()).flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(Response.ok(ResponseView.of(existing)).build());
                    }
                    SurveyAnswers answers;
                    try {
                        answers = SurveyAnswers.check(asked.survey().items(), request.answers());
                    } catch (IllegalArgumentException e) {
                        throw ProblemException.unprocessable("survey-answer", e.getMessage());
                    }
                    return responses.persist(SurveyResponse.give(asked.survey(), asked.participant(), answers, now))
                            .call(events::responded)
                            .map(saved -> Response.created(uriInfo.getAbsolutePathBuilder().path("mine").build())
                                    .entity(ResponseView.of(saved)).build());
                }));
    }

    @GET
    @Path("surveys/{surveyId}/responses/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithSession
    @Operation(summary = "My own response to a survey; 404 when I have not answered it")
    public Uni<ResponseView> myResponse(@PathParam("surveyId") UUID surveyId) {
        return responses.byAuthor(caller.employeeId())
                .map(given -> given.stream().filter(r -> r.surveyId().equals(surveyId)).findFirst().orElse(null))
                .onItem().ifNull().failWith(() -> NothingToAnswer.because("you have no response to survey " + surveyId))
                .map(ResponseView::of);
    }

    @GET
    @Path("surveys/{surveyId}/summary")
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST})
    @WithSession
    @Operation(summary = "The survey's answers in aggregate, each item suppressed until five people stand behind it")
    public Uni<SurveySummary> summary(@PathParam("surveyId") UUID surveyId) {
        return surveys.findById(surveyId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("survey", surveyId))
                .flatMap(survey -> responses.ofSurvey(surveyId).map(given -> new SurveySummary(survey.id(),
                        survey.programId(), survey.milestone(), DisclosureRule.MINIMUM_RESPONDENTS,
                        survey.items().stream().map(item -> summarise(item, given)).toList())));
    }

    /** Each item is released on its own: people may skip items, so each has its own respondents. */
    private ItemSummary summarise(SurveyItem item, List<SurveyResponse> given) {
        if (item.kind() == SurveyItem.Kind.LIKERT) {
            List<SettledAnswer<Integer>> scores = given.stream().filter(r -> r.scores().containsKey(item.key()))
                    .map(r -> new SettledAnswer<>(r.id(), r.participantId(), r.role(), r.submittedAt(),
                            r.scores().get(item.key())))
                    .toList();
            return new ItemSummary(item.key(), item.kind(), item.prompt(),
                    FeedbackSummaryView.Section.of(rule.release(scores), RatingFigures::of), null);
        }
        List<SettledAnswer<String>> texts = given.stream().filter(r -> r.texts().containsKey(item.key()))
                .map(r -> new SettledAnswer<>(r.id(), r.participantId(), r.role(), r.submittedAt(), r.texts().get(item.key())))
                .toList();
        return new ItemSummary(item.key(), item.kind(), item.prompt(), null,
                FeedbackSummaryView.Comments.of(rule.release(texts)));
    }

    private record Asked(Survey survey, ParticipantRef participant) {
    }
}
