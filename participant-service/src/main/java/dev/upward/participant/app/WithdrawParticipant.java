package dev.upward.participant.app;

import dev.upward.participant.domain.Participant;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.UUID;

/** A participant leaves the programme, or an admin withdraws them. */
@ApplicationScoped
public class WithdrawParticipant {

    private final ParticipantAccess access;
    private final ParticipantEvents events;
    private final Clock clock;

    public WithdrawParticipant(ParticipantAccess access, ParticipantEvents events, Clock clock) {
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** @param reason optional, seen by the participant and the programme team */
    @WithTransaction
    public Uni<Participant> withdraw(UUID id, String reason) {
        return access.findVisible(id)
                .invoke(participant -> participant.withdraw(reason, clock.instant()))
                .call(events::withdrawn);
    }
}
