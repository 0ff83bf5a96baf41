package dev.upward.participant.api;

import dev.upward.commons.security.Roles;
import dev.upward.contracts.FocusTopics;
import dev.upward.contracts.FocusTopics.FocusTopic;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/focus-topics")
@Tag(name = "Programmes")
public class FocusTopicResource {

    @GET
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST, Roles.PARTICIPANT})
    @Operation(summary = "The topic taxonomy programmes choose their focus topics from")
    public List<FocusTopic> list() {
        return FocusTopics.ALL;
    }
}
