package dev.upward.matching.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.matching.domain.ParticipantRef;
import dev.upward.matching.domain.scoring.PairEvaluation;
import dev.upward.matching.domain.scoring.PairScorer;
import dev.upward.matching.persistence.ParticipantRefRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * The partners one participant could be matched with: the free people of the other role and
 * how each pair scores. Only the participant and programme admins may look; anyone else gets 404.
 */
@ApplicationScoped
class PartnerOptions {

    private final ParticipantRefRepository participants;
    private final MatchingInputs inputs;
    private final Caller caller;

    public PartnerOptions(ParticipantRefRepository participants, MatchingInputs inputs, Caller caller) {
        this.participants = participants;
        this.inputs = inputs;
        this.caller = caller;
    }

    record Partners(ParticipantRef me, List<ParticipantRef> pool, PairScorer scorer, int deadlineDays) {

        PairEvaluation evaluate(ParticipantRef other) {
            return me.role().equals("MENTOR") ? scorer.evaluate(me.candidate(), other.candidate())
                    : scorer.evaluate(other.candidate(), me.candidate());
        }

        /** The pairs no hard rule forbids. */
        List<PartnerOption> allowed() {
            return pool.stream().map(p -> new PartnerOption(p, evaluate(p))).filter(o -> o.evaluation().allowed()).toList();
        }
    }

    /** {@code lock} holds the policy row, so a candidate request never races a publishing run. */
    Uni<Partners> of(UUID participantId, boolean lock) {
        return participants.findById(participantId).flatMap(me -> {
            if (me == null || !(caller.isProgramAdmin() || me.employeeId().equals(caller.employeeId().orElse(null)))) {
                throw ProblemException.notFound("participant", participantId);
            }
            if (!me.isActive()) {
                throw ProblemException.conflict("participant " + participantId + " is " + me.status());
            }
            return inputs.load(me.programId(), lock, "programme " + me.programId() + " is closed").map(in -> {
                if (in.history().holds(me.participantId())) {
                    throw ProblemException.conflict("participant " + participantId
                            + " already has a proposed or accepted match");
                }
                List<ParticipantRef> pool = in.free().stream().filter(p -> !p.role().equals(me.role())).toList();
                return new Partners(me, pool, in.scorer(), in.policy().proposalDeadlineDays());
            });
        });
    }
}
