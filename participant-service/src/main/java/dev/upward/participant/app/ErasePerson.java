package dev.upward.participant.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.participant.domain.Participant;
import dev.upward.participant.domain.ParticipantStatus;
import dev.upward.participant.persistence.EmployeeRepository;
import dev.upward.participant.persistence.ParticipantRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Erases a person here and tells every other service to do the same, in one transaction:
 * the directory entry loses everything that names, contacts or locates the person (later HRIS
 * events for the id are ignored), each participation loses its profile and reason and ends if
 * still active, and PersonErased is published. Erasing twice changes nothing and publishes
 * nothing more.
 */
@ApplicationScoped
public class ErasePerson {

    private final EmployeeRepository employees;
    private final ParticipantRepository participants;
    private final ParticipantEvents events;
    private final Clock clock;

    public ErasePerson(EmployeeRepository employees, ParticipantRepository participants, ParticipantEvents events,
                       Clock clock) {
        this.employees = employees;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
    }

    /** Answers when the person was erased; 404 when nothing is known about them. */
    @WithTransaction
    public Uni<Instant> erase(String employeeId) {
        // microseconds, as PostgreSQL stores them, so a repeated request answers the same instant
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return employees.findById(employeeId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("employee", employeeId))
                .flatMap(employee -> {
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
                });
    }

    private Uni<Void> forget(Participant participant, Instant now) {
        boolean wasActive = participant.status() == ParticipantStatus.ACTIVE;
        participant.forget(now);
        return wasActive ? events.withdrawn(participant) : Uni.createFrom().voidItem();
    }
}
