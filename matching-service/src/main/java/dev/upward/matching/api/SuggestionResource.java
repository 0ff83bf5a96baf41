package dev.upward.matching.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.matching.domain.Match;
import dev.upward.matching.domain.MatchExplanation;
import dev.upward.matching.domain.ParticipantProjection;
import dev.upward.matching.domain.scoring.PairEvaluation;
import dev.upward.matching.domain.scoring.PairScorer;
import dev.upward.matching.messaging.MatchEvents;
import dev.upward.matching.persistence.MatchRepository;
import dev.upward.matching.persistence.MatchingPolicyRepository;
import dev.upward.matching.persistence.ParticipantProjectionRepository;
import dev.upward.matching.persistence.ProgramFocusRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Self-service matching for one participant: the best candidates of the other role with the
 * reasons, and a request for one of them, which becomes a proposal the other person answers.
 * Only the participant and programme admins may use it; anyone else gets 404.
 */
@Path("/participants/{participantId}")
@Tag(name = "Suggestions")
public class SuggestionResource {

    private final ParticipantProjectionRepository participants;
    private final MatchingPolicyRepository policies;
    private final ProgramFocusRepository programs;
    private final MatchRepository matches;
    private final MatchEvents events;
    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final Clock clock;

    public SuggestionResource(ParticipantProjectionRepository participants, MatchingPolicyRepository policies,
                              ProgramFocusRepository programs, MatchRepository matches, MatchEvents events,
                              SecurityIdentity identity, JsonWebToken token, Clock clock) {
        this.participants = participants;
        this.policies = policies;
        this.programs = programs;
        this.matches = matches;
        this.events = events;
        this.identity = identity;
        this.token = token;
        this.clock = clock;
    }

    public record SuggestionView(UUID participantId, String employeeId, double score, MatchExplanation explanation) {
    }

    public record CandidateRequest(@NotNull UUID candidateParticipantId) {
    }

    @GET
    @Path("/suggestions")
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @WithSession
    @Operation(summary = "The best available partners for me, with why",
            description = "Only people of the other role who hold no proposed or accepted match and pass every hard rule.")
    public Uni<List<SuggestionView>> suggestions(@PathParam("participantId") UUID participantId,
                                                 @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(50) int limit) {
        return context(participantId, false).map(c -> c.options().stream()
                .sorted(Comparator.comparingInt((Option o) -> -o.evaluation().scoreMicros()))
                .limit(limit)
                .map(o -> new SuggestionView(o.other().participantId(), o.other().employeeId(), o.evaluation().score(),
                        MatchExplanation.of(o.evaluation())))
                .toList());
    }

    @POST
    @Path("/candidate-requests")
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Ask for a specific partner: a proposal that counts as accepted by me",
            description = "422 when the pair breaks a hard rule (the rule is named), 409 when either already holds a match.")
    public Uni<Response> request(@PathParam("participantId") UUID participantId, @Valid @NotNull CandidateRequest request) {
        return Panache.withTransaction(() -> context(participantId, true).flatMap(c -> {
            ParticipantProjection other = c.pool().stream()
                    .filter(p -> p.participantId().equals(request.candidateParticipantId())).findFirst()
                    .orElseThrow(() -> ProblemException.conflict("participant " + request.candidateParticipantId()
                            + " is not an available " + (c.me().role().equals("MENTOR") ? "mentee" : "mentor")
                            + " in this programme"));
            PairEvaluation evaluation = c.evaluate(other);
            if (!evaluation.allowed()) {
                throw new ProblemException(Problem.of(422, "rule-violated/hard-rule", "Business rule violated",
                        "this pair cannot be proposed: " + String.join("; ", evaluation.brokenRules())));
            }
            boolean iAmMentor = c.me().role().equals("MENTOR");
            Instant now = clock.instant();
            Match match = Match.propose(c.me().programId(), iAmMentor ? c.me() : other, iAmMentor ? other : c.me(),
                    evaluation.scoreMicros(), MatchExplanation.of(evaluation),
                    now.plus(Duration.ofDays(c.deadlineDays())), now);
            match.decide(c.me().role(), true, now);
            c.me().proposed(now);
            other.proposed(now);
            return matches.persist(match).call(events::proposed)
                    .map(saved -> Response.status(201).entity(MatchResource.MyMatchView.of(saved, c.me().role())).build());
        }));
    }

    private record Option(ParticipantProjection other, PairEvaluation evaluation) {
    }

    private record Context(ParticipantProjection me, List<ParticipantProjection> pool, PairScorer scorer, int deadlineDays) {

        PairEvaluation evaluate(ParticipantProjection other) {
            return me.role().equals("MENTOR") ? scorer.evaluate(me.candidate(), other.candidate())
                    : scorer.evaluate(other.candidate(), me.candidate());
        }

        List<Option> options() {
            return pool.stream().map(p -> new Option(p, evaluate(p))).filter(o -> o.evaluation().allowed()).toList();
        }
    }

    /**
     * Loads me (checking I may act for this participant), the policy and the free people of the
     * other role. {@code lock} holds the policy row, so a request never races a publishing run.
     */
    private Uni<Context> context(UUID participantId, boolean lock) {
        return participants.findById(participantId).flatMap(me -> {
            if (me == null || !(identity.hasRole(Roles.PROGRAM_ADMIN) || me.employeeId().equals(employeeClaim()))) {
                throw ProblemException.notFound("participant", participantId);
            }
            if (!me.isActive()) {
                throw ProblemException.conflict("participant " + participantId + " is " + me.status());
            }
            return (lock ? policies.findById(me.programId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    : policies.findById(me.programId()))
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", me.programId()))
                    .flatMap(policy -> programs.findById(me.programId()).flatMap(focus -> {
                        if (focus != null && "CLOSED".equals(focus.status())) {
                            throw ProblemException.conflict("programme " + me.programId() + " is closed");
                        }
                        return participants.active(me.programId())
                            .flatMap(active -> matches.ofProgram(me.programId()).map(history -> {
                                Set<UUID> taken = new HashSet<>();
                                Set<String> previous = new HashSet<>();
                                for (Match m : history) {
                                    previous.add(PairScorer.pairKey(m.mentorEmployeeId(), m.menteeEmployeeId()));
                                    if (m.status().name().equals("PROPOSED") || m.status().name().equals("ACCEPTED")) {
                                        taken.add(m.mentorParticipantId());
                                        taken.add(m.menteeParticipantId());
                                    }
                                }
                                if (taken.contains(me.participantId())) {
                                    throw ProblemException.conflict("participant " + participantId
                                            + " already has a proposed or accepted match");
                                }
                                List<ParticipantProjection> pool = active.stream()
                                        .filter(p -> !p.role().equals(me.role()) && !taken.contains(p.participantId()))
                                        .toList();
                                PairScorer scorer = new PairScorer(policy.scoringWeights(), policy.hardRules(),
                                        focus == null ? List.of() : focus.focusTopics(), previous,
                                        LocalDate.now(clock.withZone(ZoneOffset.UTC)));
                                return new Context(me, pool, scorer, policy.proposalDeadlineDays());
                            }));
                    }));
        });
    }

    private String employeeClaim() {
        Object claim = token.getClaim("employee_id");
        return claim == null ? null : claim.toString();
    }
}
