package dev.upward.feedback.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.feedback.app.FeedbackSummaries;
import dev.upward.feedback.domain.disclosure.DisclosureRule;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Confidential aggregates of a programme's feedback for the people who run and evaluate it.
 * There are deliberately no filters: see {@link DisclosureRule} for why.
 */
@Path("/programs/{programId}/feedback-summary")
@Tag(name = "Feedback summaries")
public class FeedbackSummaryResource {

    private final FeedbackSummaries summaries;

    public FeedbackSummaryResource(FeedbackSummaries summaries) {
        this.summaries = summaries;
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST})
    @Operation(summary = "Session ratings, fit-check results and comments for the programme team, in aggregate",
            description = "Each figure is suppressed unless it covers at least five people; see docs/feedback.md.")
    public Uni<FeedbackSummaryView> summary(@PathParam("programId") UUID programId) {
        return summaries.ofProgram(programId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", programId))
                .map(FeedbackSummaryView::of);
    }
}
