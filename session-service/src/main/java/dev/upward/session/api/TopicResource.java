package dev.upward.session.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.session.domain.Topic;
import dev.upward.session.persistence.TopicRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Path("/topics")
@Tag(name = "Topic library")
public class TopicResource {

    private final TopicRepository topics;
    private final Clock clock = Clock.systemUTC();

    public TopicResource(TopicRepository topics) {
        this.topics = topics;
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @WithSession
    @Operation(summary = "The topic library with suggested questions")
    public Uni<List<TopicView>> list() {
        return topics.allByTitle().map(list -> list.stream().map(TopicView::of).toList());
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @WithTransaction
    @Operation(summary = "Add a topic to the library")
    public Uni<Response> create(@Valid @NotNull TopicRequest request, UriInfo uriInfo) {
        return topics.slugTaken(request.slug()).flatMap(taken -> {
            if (taken) {
                return Uni.createFrom().failure(ProblemException.conflict("a topic with slug '" + request.slug() + "' exists"));
            }
            Topic topic = Topic.create(request.slug(), request.title().strip(), request.description().strip(),
                    request.suggestedQuestions(), clock.instant());
            return topics.persist(topic).map(saved -> Response
                    .created(uriInfo.getAbsolutePathBuilder().path(saved.id().toString()).build())
                    .entity(TopicView.of(saved)).build());
        });
    }

    @PUT
    @Path("/{topicId}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @WithTransaction
    @Operation(summary = "Edit a topic's title, description and questions; its slug cannot change (409 if a different one is sent)")
    public Uni<TopicView> edit(@PathParam("topicId") UUID topicId, @Valid @NotNull TopicRequest request) {
        return topics.findById(topicId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("topic", topicId))
                .invoke(topic -> {
                    if (!topic.slug().equals(request.slug())) {
                        throw ProblemException.conflict("the slug of topic " + topicId + " is '" + topic.slug()
                                + "' and cannot change: sessions refer to it");
                    }
                    topic.edit(request.title().strip(), request.description().strip(), request.suggestedQuestions());
                })
                .map(TopicView::of);
    }
}
