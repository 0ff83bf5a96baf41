package dev.upward.matching.api;

import dev.upward.commons.security.Roles;
import dev.upward.matching.domain.CohortMatcher;
import dev.upward.matching.domain.Match;
import dev.upward.matching.domain.MatchExplanation;
import dev.upward.matching.messaging.MatchEvents;
import dev.upward.matching.persistence.MatchRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@Path("/programs/{programId}/matching-runs")
@Tag(name = "Matching runs")
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class MatchingRunResource {

    private final MatchingRuns runs;
    private final MatchRepository matches;
    private final MatchEvents events;
    private final Clock clock;

    public MatchingRunResource(MatchingRuns runs, MatchRepository matches, MatchEvents events, Clock clock) {
        this.runs = runs;
        this.matches = matches;
        this.events = events;
        this.clock = clock;
    }

    @POST
    @Path("/preview")
    @WithSession
    @Operation(summary = "Preview the optimal matching of everyone not yet matched; nothing is published",
            description = "Pairs with scores and explanations, unmatched people with reasons, and the number of blocking pairs."
                    + " Proposed and accepted matches are left alone.")
    public Uni<MatchingRunView> preview(@PathParam("programId") UUID programId) {
        return runs.run(programId, false).map(run -> MatchingRunView.of(run, false, Map.of()));
    }

    @POST
    @Operation(summary = "Run the matching and propose its pairs (MatchProposed through the outbox)",
            description = "Each pair must be accepted by both people before the policy's deadline.")
    public Uni<MatchingRunView> publish(@PathParam("programId") UUID programId) {
        return Panache.withTransaction(() -> runs.run(programId, true).flatMap(run -> {
            Instant now = clock.instant();
            Instant respondBy = now.plus(Duration.ofDays(run.policy().proposalDeadlineDays()));
            Map<UUID, UUID> ids = new HashMap<>();
            return Multi.createFrom().iterable(run.result().pairs())
                    .onItem().transformToUniAndConcatenate(pair -> propose(programId, run, pair, respondBy, now)
                            .invoke(match -> ids.put(match.menteeParticipantId(), match.id())))
                    .collect().last()
                    .map(ignored -> MatchingRunView.of(run, true, ids));
        }));
    }

    private Uni<Match> propose(UUID programId, MatchingRuns.Run run, CohortMatcher.Pair pair, Instant respondBy, Instant now) {
        var mentor = run.people().get(pair.mentor().participantId());
        var mentee = run.people().get(pair.mentee().participantId());
        Match match = Match.propose(programId, mentor, mentee, pair.evaluation().scoreMicros(),
                MatchExplanation.of(pair.evaluation()), respondBy, now);
        // the run's people are managed by this transaction's session: the change is flushed with it
        mentor.proposed(now);
        mentee.proposed(now);
        return matches.persist(match).call(events::proposed);
    }
}
