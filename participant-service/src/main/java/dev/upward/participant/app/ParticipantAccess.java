package dev.upward.participant.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.participant.domain.Participant;
import dev.upward.participant.persistence.ParticipantRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Who may see and change a participant: programme admins every one, anyone else only their own. */
@ApplicationScoped
public class ParticipantAccess {

    private final ParticipantRepository participants;
    private final Caller caller;

    public ParticipantAccess(ParticipantRepository participants, Caller caller) {
        this.participants = participants;
        this.caller = caller;
    }

    /**
     * Loads the participant in the caller's session or transaction when the caller may see it;
     * otherwise 404, not 403, so that ids do not leak.
     */
    public Uni<Participant> findVisible(UUID id) {
        return participants.findById(id).map(participant -> {
            if (participant == null
                    || !(caller.isProgramAdmin() || caller.employeeId().map(participant.employeeId()::equals).orElse(false))) {
                throw ProblemException.notFound("participant", id);
            }
            return participant;
        });
    }
}
