package dev.upward.matching.app;

import dev.upward.commons.domain.RuleViolationException;
import dev.upward.commons.problem.ProblemException;
import dev.upward.matching.domain.Match;
import dev.upward.matching.domain.MatchExplanation;
import dev.upward.matching.domain.ParticipantRef;
import dev.upward.matching.domain.scoring.PairEvaluation;
import dev.upward.matching.persistence.MatchRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A participant asks for a specific partner: a proposal that counts as accepted by the one who
 * asked and that the other person answers. 422 naming the rule when the pair breaks a hard
 * rule, 409 when either already holds a match.
 */
@ApplicationScoped
public class RequestCandidate {

    private final PartnerOptions partners;
    private final MatchRepository matches;
    private final MatchEvents events;
    private final Clock clock;

    public RequestCandidate(PartnerOptions partners, MatchRepository matches, MatchEvents events, Clock clock) {
        this.partners = partners;
        this.matches = matches;
        this.events = events;
        this.clock = clock;
    }

    /** The proposal as the requesting participant sees it. */
    @WithTransaction
    public Uni<SidedMatch> request(UUID participantId, UUID candidateParticipantId) {
        return partners.of(participantId, true).flatMap(c -> {
            ParticipantRef me = c.me();
            ParticipantRef other = c.pool().stream()
                    .filter(p -> p.participantId().equals(candidateParticipantId)).findFirst()
                    .orElseThrow(() -> ProblemException.conflict("participant " + candidateParticipantId
                            + " is not an available " + (me.role().equals("MENTOR") ? "mentee" : "mentor")
                            + " in this programme"));
            PairEvaluation evaluation = c.evaluate(other);
            if (!evaluation.allowed()) {
                throw new RuleViolationException("hard-rule",
                        "this pair cannot be proposed: " + String.join("; ", evaluation.brokenRules()));
            }
            boolean iAmMentor = me.role().equals("MENTOR");
            Instant now = clock.instant();
            Match match = Match.propose(me.programId(), iAmMentor ? me : other, iAmMentor ? other : me,
                    evaluation.scoreMicros(), MatchExplanation.of(evaluation),
                    now.plus(Duration.ofDays(c.deadlineDays())), now);
            match.decide(me.role(), true, now);
            me.proposed(now);
            other.proposed(now);
            return matches.persist(match).call(events::proposed).map(saved -> new SidedMatch(saved, me.role()));
        });
    }
}
