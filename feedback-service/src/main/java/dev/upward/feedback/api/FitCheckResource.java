package dev.upward.feedback.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.commons.security.Roles;
import dev.upward.feedback.app.FitCheckQueries;
import dev.upward.feedback.app.SubmitFitCheck;
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
 * The early "is this working?" check of a mentorship. An answer of "not working" asks for a
 * rematch at once, so a bad pairing does not stall. Answers are readable by their author only.
 */
@Path("/fit-checks")
@Tag(name = "Fit checks")
public class FitCheckResource {

    private final SubmitFitCheck submitFitCheck;
    private final FitCheckQueries queries;
    private final Caller caller;

    public FitCheckResource(SubmitFitCheck submitFitCheck, FitCheckQueries queries, Caller caller) {
        this.submitFitCheck = submitFitCheck;
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Path("/requests")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "My mentorships whose fit check is open and that I have not answered")
    public Uni<List<FitCheckRequestView>> requests() {
        return queries.requests(caller.requireEmployeeId())
                .map(requests -> requests.stream().map(FitCheckRequestView::of).toList());
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Answer the fit check of my mentorship (201); a repeat returns the first answer (200)",
            description = "404 until the fit check is open, and for mentorships I am not a member of. "
                    + "working=false also publishes RematchRequested.")
    public Uni<Response> submit(@Valid @NotNull FitCheckSubmission request, UriInfo uriInfo) {
        return submitFitCheck.submit(caller.requireEmployeeId(), request.mentorshipId(), request.working(),
                        request.reason())
                .onItem().ifNull().failWith(() -> NothingToAnswer.because(
                        "there is no fit check for you on mentorship " + request.mentorshipId()))
                .map(answered -> Answers.response(answered, FitCheckView::of,
                        c -> uriInfo.getAbsolutePathBuilder().path(c.id().toString()).build()));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "My own fit checks, newest first")
    public Uni<List<FitCheckView>> mine() {
        return queries.mine(caller.requireEmployeeId()).map(list -> list.stream().map(FitCheckView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "One of my own fit checks; anyone else's is answered 404")
    public Uni<FitCheckView> get(@PathParam("id") UUID id) {
        return queries.own(caller.requireEmployeeId(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("fit check", id))
                .map(FitCheckView::of);
    }
}
