package dev.upward.feedback.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.feedback.config.FeedbackConfig;
import dev.upward.feedback.domain.EditWindow;
import dev.upward.feedback.domain.FitCheck;
import dev.upward.feedback.domain.SessionFeedback;
import dev.upward.feedback.domain.disclosure.DisclosureRule;
import dev.upward.feedback.domain.disclosure.FitFigures;
import dev.upward.feedback.domain.disclosure.RatingFigures;
import dev.upward.feedback.domain.disclosure.Release;
import dev.upward.feedback.domain.disclosure.SettledAnswer;
import dev.upward.feedback.persistence.FitCheckRepository;
import dev.upward.feedback.persistence.ProgramRefRepository;
import dev.upward.feedback.persistence.SessionFeedbackRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Confidential aggregates of a programme's feedback for the people who run and evaluate it.
 * There are deliberately no filters: see {@link DisclosureRule} for why.
 */
@Path("/programs/{programId}/feedback-summary")
@Tag(name = "Feedback summaries")
public class FeedbackSummaryResource {

    private final ProgramRefRepository programs;
    private final SessionFeedbackRepository feedback;
    private final FitCheckRepository fitChecks;
    private final EditWindow editWindow;
    private final DisclosureRule rule = new DisclosureRule();
    private final Clock clock = Clock.systemUTC();

    public FeedbackSummaryResource(ProgramRefRepository programs, SessionFeedbackRepository feedback,
                                   FitCheckRepository fitChecks, FeedbackConfig config) {
        this.programs = programs;
        this.feedback = feedback;
        this.fitChecks = fitChecks;
        this.editWindow = new EditWindow(config.editWindow());
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_ADMIN, Roles.ANALYST})
    @WithSession
    @Operation(summary = "Session ratings, fit-check results and comments for the programme team, in aggregate",
            description = "Each figure is suppressed unless it covers at least five people; see docs/feedback.md.")
    public Uni<FeedbackSummaryView> summary(@PathParam("programId") UUID programId) {
        Instant now = clock.instant();
        return programs.findById(programId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", programId))
                .flatMap(programme -> feedback.ofProgram(programId).flatMap(rated -> fitChecks.ofProgram(programId)
                        .map(checked -> summarise(programId, rated, checked, now))));
    }

    private FeedbackSummaryView summarise(UUID programId, List<SessionFeedback> rated, List<FitCheck> checked, Instant now) {
        // an answer counts only once its author can no longer change it
        List<SettledAnswer<SessionFeedback>> settledFeedback = rated.stream()
                .filter(f -> !editWindow.isOpen(f.submittedAt(), now))
                .map(f -> new SettledAnswer<>(f.id(), f.participantId(), f.role(), editWindow.closesAt(f.submittedAt()), f))
                .toList();
        List<SettledAnswer<Boolean>> settledChecks = checked.stream()
                .map(c -> new SettledAnswer<>(c.id(), c.participantId(), c.role(), c.submittedAt(), c.working()))
                .toList();
        Release<SessionFeedback> released = rule.release(settledFeedback);
        return new FeedbackSummaryView(programId, DisclosureRule.MINIMUM_RESPONDENTS,
                FeedbackSummaryView.Section.of(released.map(SessionFeedback::rating), RatingFigures::of),
                FeedbackSummaryView.Section.of(rule.release(settledChecks), FitFigures::of),
                FeedbackSummaryView.Comments.of(released.map(SessionFeedback::commentForProgramTeam)));
    }
}
