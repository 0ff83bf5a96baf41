package dev.upward.session.api;

import dev.upward.commons.security.Roles;
import dev.upward.session.app.TopicLibrary;
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

@Path("/topics")
@Tag(name = "Topic library")
public class TopicResource {

    private final TopicLibrary library;

    public TopicResource(TopicLibrary library) {
        this.library = library;
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @Operation(summary = "The topic library with suggested questions")
    public Uni<List<TopicView>> list() {
        return library.all().map(list -> list.stream().map(TopicView::of).toList());
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Add a topic to the library")
    public Uni<Response> create(@Valid @NotNull TopicRequest request, UriInfo uriInfo) {
        return library.add(request.entry()).map(saved -> Response
                .created(uriInfo.getAbsolutePathBuilder().path(saved.id().toString()).build())
                .entity(TopicView.of(saved)).build());
    }

    @PUT
    @Path("/{topicId}")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @Operation(summary = "Edit a topic's title, description and questions; its slug cannot change (409 if a different one is sent)")
    public Uni<TopicView> edit(@PathParam("topicId") UUID topicId, @Valid @NotNull TopicRequest request) {
        return library.edit(topicId, request.entry()).map(TopicView::of);
    }
}
