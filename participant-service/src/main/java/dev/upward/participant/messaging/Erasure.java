package dev.upward.participant.messaging;

import dev.upward.participant.domain.Participant;
import dev.upward.participant.domain.ParticipantStatus;
import dev.upward.participant.persistence.EmployeeRepository;
import dev.upward.participant.persistence.ParticipantRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * Erases a person here and tells every other service to do the same, in one transaction:
 * the directory entry loses everything that names, contacts or locates the person (later HRIS
 * events for the id are ignored), each
 * participation loses its profile and reason and ends if still active, and PersonErased is
 * published. Erasing twice changes nothing and publishes nothing more.
 */
@ApplicationScoped
public class Erasure {

    private final EmployeeRepository employees;
    private final ParticipantRepository participants;
    private final ParticipantEvents events;
    private final Clock clock = Clock.systemUTC();

    public Erasure(EmployeeRepository employees, ParticipantRepository participants, ParticipantEvents events) {
        this.employees = employees;
        this.participants = participants;
        this.events = events;
    }

    /** Answers when the person was erased, or null when nothing is known about them. */
    public Uni<Instant> erase(String employeeId) {
        // microseconds, as PostgreSQL stores them, so a repeated request answers the same instant
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return Panache.withTransaction(() -> employees.findById(employeeId).flatMap(employee -> {
            if (employee == null) {
                return Uni.createFrom().nullItem();
            }
            if (employee.erasedAt() != null) {
                return Uni.createFrom().item(employee.erasedAt());
            }
            employee.erase(now);
            return participants.ofEmployee(employeeId)
                    .flatMap(list -> Multi.createFrom().iterable(list)
                            .onItem().transformToUniAndConcatenate(p -> forget(p, now))
                            .collect().last())
                    .call(() -> events.erased(employeeId))
                    .replaceWith(now);
        }));
    }

    private Uni<Void> forget(Participant participant, Instant now) {
        boolean wasActive = participant.status() == ParticipantStatus.ACTIVE;
        participant.forget(now);
        return wasActive ? events.withdrawn(participant) : Uni.createFrom().voidItem();
    }

}
