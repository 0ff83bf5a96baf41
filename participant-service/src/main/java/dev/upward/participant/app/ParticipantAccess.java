package dev.upward.participant.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.participant.domain.Participant;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Who may see and change a participant: programme admins every one, anyone else only their own. */
@ApplicationScoped
public class ParticipantAccess {

    private final Caller caller;

    public ParticipantAccess(Caller caller) {
        this.caller = caller;
    }

    /** The participant when the caller may see it; otherwise 404, not 403, so that ids do not leak. */
    public Participant requireVisible(Participant participant, UUID id) {
        if (participant == null
                || !(caller.isProgramAdmin() || caller.employeeId().map(participant.employeeId()::equals).orElse(false))) {
            throw ProblemException.notFound("participant", id);
        }
        return participant;
    }
}
