package dev.upward.matching.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.matching.domain.Match;
import dev.upward.matching.domain.MatchExplanation;
import dev.upward.matching.messaging.MatchEvents;
import dev.upward.matching.persistence.MatchRepository;
import dev.upward.matching.persistence.ParticipantProjectionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A participant's own matches and their answers. Anyone else's match answers 404. */
@Path("/matches")
@Tag(name = "Matches")
public class MatchResource {

    private final MatchRepository matches;
    private final ParticipantProjectionRepository participants;
    private final MatchEvents events;
    private final JsonWebToken token;
    private final Clock clock;

    public MatchResource(MatchRepository matches, ParticipantProjectionRepository participants, MatchEvents events,
                         JsonWebToken token, Clock clock) {
        this.matches = matches;
        this.participants = participants;
        this.events = events;
        this.token = token;
        this.clock = clock;
    }

    /** A match from one side's point of view; the partner is named by participant id only. */
    public record MyMatchView(UUID matchId, UUID programId, String myRole, UUID partnerParticipantId, double score,
                              MatchExplanation explanation, String status, String myDecision, Instant respondBy) {

        static MyMatchView of(Match m, String side) {
            boolean mentor = "MENTOR".equals(side);
            return new MyMatchView(m.id(), m.programId(), side, mentor ? m.menteeParticipantId() : m.mentorParticipantId(),
                    m.scoreMicros() / 1_000_000.0, m.explanation(), m.status().name(),
                    mentor ? m.mentorDecision() : m.menteeDecision(), m.respondBy());
        }
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithSession
    @Operation(summary = "My matches, newest first")
    public Uni<List<MyMatchView>> mine() {
        String me = employeeId();
        return matches.ofEmployee(me).map(list -> list.stream().map(m -> MyMatchView.of(m, m.sideOf(me))).toList());
    }

    @POST
    @Path("/{matchId}/acceptance")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Accept my match; when both have accepted, MatchAccepted starts the mentorship",
            description = "409 when the match is no longer proposed or its deadline has passed.")
    public Uni<MyMatchView> accept(@PathParam("matchId") UUID matchId) {
        return decide(matchId, true);
    }

    @POST
    @Path("/{matchId}/declination")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Decline my match; both people return to the pool for the next run")
    public Uni<MyMatchView> decline(@PathParam("matchId") UUID matchId) {
        return decide(matchId, false);
    }

    private Uni<MyMatchView> decide(UUID matchId, boolean accept) {
        String me = employeeId();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> matches.findById(matchId).flatMap(match -> {
            String side = match == null ? null : match.sideOf(me);
            if (side == null) {
                throw ProblemException.notFound("match", matchId);
            }
            Uni<Void> effect = switch (match.decide(side, accept, now)) {
                case ACCEPTED -> events.accepted(match);
                // the one who did not decline goes back to the pool with priority
                case DECLINED -> participants.findById(match.participantOn(side.equals("MENTOR") ? "MENTEE" : "MENTOR"))
                        .invoke(other -> {
                            if (other != null) {
                                other.waitWithPriority(now);
                            }
                        })
                        .chain(() -> events.declined(match, side));
                case WAITING_FOR_OTHER -> Uni.createFrom().voidItem();
            };
            return effect.replaceWith(MyMatchView.of(match, side));
        }));
    }

    private String employeeId() {
        Object claim = token.getClaim("employee_id");
        if (claim == null || claim.toString().isBlank()) {
            throw new ProblemException(Problem.of(403, "no-employee-link", "Forbidden",
                    "your account carries no employee_id claim; ask an administrator to link it to your HRIS record"));
        }
        return claim.toString();
    }
}
