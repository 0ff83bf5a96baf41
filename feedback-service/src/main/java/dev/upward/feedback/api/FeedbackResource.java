package dev.upward.feedback.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.commons.security.Roles;
import dev.upward.feedback.app.EditFeedback;
import dev.upward.feedback.app.FeedbackQueries;
import dev.upward.feedback.app.SubmitFeedback;
import dev.upward.feedback.domain.EditWindow;
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

import java.util.List;
import java.util.UUID;

/**
 * Session feedback by the members of a mentorship. Feedback is readable by its author only:
 * anyone else, the other member included, is answered 404 as if it did not exist.
 */
@Path("/feedback")
@Tag(name = "Session feedback")
public class FeedbackResource {

    private final SubmitFeedback submitFeedback;
    private final EditFeedback editFeedback;
    private final FeedbackQueries queries;
    private final Caller caller;
    private final EditWindow editWindow;

    public FeedbackResource(SubmitFeedback submitFeedback, EditFeedback editFeedback, FeedbackQueries queries,
                            Caller caller, EditWindow editWindow) {
        this.submitFeedback = submitFeedback;
        this.editFeedback = editFeedback;
        this.queries = queries;
        this.caller = caller;
        this.editWindow = editWindow;
    }

    @GET
    @Path("/requests")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Completed sessions of my mentorships that I have not rated yet, newest first")
    public Uni<List<FeedbackRequestView>> requests() {
        return queries.requests(caller.requireEmployeeId())
                .map(requests -> requests.stream().map(FeedbackRequestView::of).toList());
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Rate a completed session of my mentorship (201); a repeat returns the first answer unchanged (200)",
            description = "404 when the session is not completed, unknown, or not of a mentorship I am a member of.")
    public Uni<Response> submit(@Valid @NotNull FeedbackSubmission request, UriInfo uriInfo) {
        return submitFeedback.submit(caller.requireEmployeeId(), request.sessionId(), request.answer())
                .onItem().ifNull().failWith(() -> NothingToAnswer.because(
                        "there is no feedback request for you on session " + request.sessionId()))
                .map(answered -> Answers.response(answered, f -> FeedbackView.of(f, editWindow),
                        f -> uriInfo.getAbsolutePathBuilder().path(f.id().toString()).build()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Change my feedback while its edit window is open",
            description = "409 edit-window-closed once the answer is final.")
    public Uni<FeedbackView> edit(@PathParam("id") UUID id, @Valid @NotNull FeedbackEdit request) {
        return editFeedback.edit(caller.requireEmployeeId(), id, request.answer())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("feedback", id))
                .map(f -> FeedbackView.of(f, editWindow));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "My own feedback, newest first")
    public Uni<List<FeedbackView>> mine() {
        return queries.mine(caller.requireEmployeeId())
                .map(list -> list.stream().map(f -> FeedbackView.of(f, editWindow)).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "One piece of my own feedback; anyone else's is answered 404")
    public Uni<FeedbackView> get(@PathParam("id") UUID id) {
        return queries.own(caller.requireEmployeeId(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("feedback", id))
                .map(f -> FeedbackView.of(f, editWindow));
    }
}
