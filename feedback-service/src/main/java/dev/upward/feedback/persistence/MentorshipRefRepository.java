package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.MentorshipRef;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MentorshipRefRepository implements PanacheRepositoryBase<MentorshipRef, UUID> {

    public Uni<List<MentorshipRef>> withAnyMember(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("mentorParticipantId in ?1 or menteeParticipantId in ?1", participantIds);
    }
}
