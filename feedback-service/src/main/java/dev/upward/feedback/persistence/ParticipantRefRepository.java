package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.ParticipantRef;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ParticipantRefRepository implements PanacheRepositoryBase<ParticipantRef, UUID> {

    /** Every participation of the employee, one per programme they joined. */
    public Uni<List<ParticipantRef>> ofEmployee(String employeeId) {
        return list("employeeId", employeeId);
    }
}
