package dev.upward.feedback.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.feedback.domain.SessionFeedback;
import dev.upward.feedback.persistence.SessionFeedbackRepository;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Path("/feedback")
@Tag(name = "Session feedback")
@RolesAllowed(Roles.PARTICIPANT)
public class FeedbackResource {

    private final SessionFeedbackRepository feedback;
    private final JsonWebToken token;
    private final Clock clock = Clock.systemUTC();

    public FeedbackResource(SessionFeedbackRepository feedback, JsonWebToken token) {
        this.feedback = feedback;
        this.token = token;
    }

    @POST
    @WithTransaction
    @Operation(summary = "Submit feedback on a session; a repeat returns the first submission unchanged")
    public Uni<Response> submit(@Valid @NotNull FeedbackRequest request, UriInfo uriInfo) {
        String author = token.getSubject();
        return feedback.byAuthorAndSession(author, request.sessionId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(Response.ok(FeedbackView.of(existing)).build());
            }
            SessionFeedback created = SessionFeedback.submit(request.sessionId(), author, request.rating(),
                    request.usefulTopics() == null ? List.of() : request.usefulTopics(),
                    request.learned(), request.commentForProgramTeam(), clock.instant());
            return feedback.persist(created).map(saved -> Response
                    .created(uriInfo.getAbsolutePathBuilder().path(saved.id().toString()).build())
                    .entity(FeedbackView.of(saved)).build());
        });
    }

    @GET
    @Path("/mine")
    @WithSession
    @Operation(summary = "The caller's own feedback, newest first")
    public Uni<List<FeedbackView>> mine() {
        return feedback.byAuthor(token.getSubject()).map(list -> list.stream().map(FeedbackView::of).toList());
    }

    @GET
    @Path("/{id}")
    @WithSession
    @Operation(summary = "One piece of the caller's own feedback; anyone else's is answered 404")
    public Uni<FeedbackView> get(@PathParam("id") UUID id) {
        // 404 rather than 403 for someone else's feedback: not even its existence is revealed.
        return feedback.findById(id)
                .map(found -> found != null && found.isAuthoredBy(token.getSubject()) ? found : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("feedback", id))
                .map(FeedbackView::of);
    }
}
