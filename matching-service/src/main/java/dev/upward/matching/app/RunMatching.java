package dev.upward.matching.app;

import dev.upward.matching.domain.CohortMatcher;
import dev.upward.matching.domain.Match;
import dev.upward.matching.domain.MatchExplanation;
import dev.upward.matching.domain.MatchingPolicy;
import dev.upward.matching.domain.ParticipantRef;
import dev.upward.matching.persistence.MatchRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Matches everyone in a programme who is active and holds no proposed or accepted match, and
 * either only shows the result or proposes its pairs (MatchProposed through the outbox).
 */
@ApplicationScoped
public class RunMatching {

    private final MatchingInputs inputs;
    private final MatchRepository matches;
    private final MatchEvents events;
    private final Clock clock;

    public RunMatching(MatchingInputs inputs, MatchRepository matches, MatchEvents events, Clock clock) {
        this.inputs = inputs;
        this.matches = matches;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A run's policy and result, the people matched by participant id, and once published the
     * id of each proposed match by mentee.
     */
    public record MatchingRun(MatchingPolicy policy, CohortMatcher.Result result, Map<UUID, ParticipantRef> people,
                              Map<UUID, UUID> matchIdByMentee) {
    }

    @WithSession
    public Uni<MatchingRun> preview(UUID programId) {
        return run(programId, false);
    }

    @WithTransaction
    public Uni<MatchingRun> publish(UUID programId) {
        return run(programId, true).flatMap(run -> {
            Instant now = clock.instant();
            Instant respondBy = now.plus(Duration.ofDays(run.policy().proposalDeadlineDays()));
            Map<UUID, UUID> ids = new HashMap<>();
            return Multi.createFrom().iterable(run.result().pairs())
                    .onItem().transformToUniAndConcatenate(pair -> propose(programId, run, pair, respondBy, now)
                            .invoke(match -> ids.put(match.menteeParticipantId(), match.id())))
                    .collect().last()
                    .map(ignored -> new MatchingRun(run.policy(), run.result(), run.people(), ids));
        });
    }

    private Uni<MatchingRun> run(UUID programId, boolean lock) {
        return inputs.load(programId, lock, "programme " + programId + " is closed; it is not matched any more")
                .map(in -> {
                    List<ParticipantRef> pool = in.free();
                    MatchingPolicy policy = in.policy();
                    CohortMatcher.Result result = CohortMatcher.run(
                            pool.stream().filter(p -> p.role().equals("MENTOR")).map(ParticipantRef::candidate).toList(),
                            policy.mentorCapacity(),
                            pool.stream().filter(p -> p.role().equals("MENTEE")).map(ParticipantRef::candidate).toList(),
                            in.scorer(), policy.objective(),
                            pool.stream().filter(ParticipantRef::hasPriority).map(ParticipantRef::participantId)
                                    .collect(Collectors.toSet()));
                    return new MatchingRun(policy, result, pool.stream()
                            .collect(Collectors.toMap(ParticipantRef::participantId, Function.identity())), Map.of());
                });
    }

    private Uni<Match> propose(UUID programId, MatchingRun run, CohortMatcher.Pair pair, Instant respondBy, Instant now) {
        ParticipantRef mentor = run.people().get(pair.mentor().participantId());
        ParticipantRef mentee = run.people().get(pair.mentee().participantId());
        Match match = Match.propose(programId, mentor, mentee, pair.evaluation().scoreMicros(),
                MatchExplanation.of(pair.evaluation()), respondBy, now);
        // the run's people are managed by this transaction's session: the change is flushed with it
        mentor.proposed(now);
        mentee.proposed(now);
        return matches.persist(match).call(events::proposed);
    }
}
