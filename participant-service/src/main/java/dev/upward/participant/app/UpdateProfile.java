package dev.upward.participant.app;

import dev.upward.commons.domain.RuleViolationException;
import dev.upward.commons.domain.RuleViolationException.Failure;
import dev.upward.participant.domain.Participant;
import dev.upward.participant.domain.Profile;
import dev.upward.participant.persistence.EmployeeRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Replaces a participant's matching profile (its owner or an admin) and tells matching. */
@ApplicationScoped
public class UpdateProfile {

    private final EmployeeRepository employees;
    private final ParticipantAccess access;
    private final ParticipantEvents events;
    private final Clock clock;

    public UpdateProfile(EmployeeRepository employees, ParticipantAccess access, ParticipantEvents events, Clock clock) {
        this.employees = employees;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Participant> update(UUID id, Profile profile) {
        return access.findVisible(id)
                .invoke(participant -> {
                    List<Failure> problems = profile.problems(participant.employeeId());
                    if (!problems.isEmpty()) {
                        throw new RuleViolationException("invalid-profile", "the profile is invalid", problems);
                    }
                    participant.updateProfile(profile, clock.instant());
                })
                .call(participant -> employees.findById(participant.employeeId())
                        .flatMap(employee -> events.profileUpdated(participant, employee)));
    }
}
