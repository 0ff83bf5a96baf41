package dev.upward.participant.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.participant.domain.Employee;
import dev.upward.participant.domain.Participant;
import dev.upward.participant.persistence.EmployeeRepository;
import dev.upward.participant.persistence.ParticipantRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The employee directory as HR, the HRIS connector and the person themselves read it. */
@ApplicationScoped
public class EmployeeQueries {

    private final EmployeeRepository employees;
    private final ParticipantRepository participants;
    private final Caller caller;

    public EmployeeQueries(EmployeeRepository employees, ParticipantRepository participants, Caller caller) {
        this.employees = employees;
        this.participants = participants;
        this.caller = caller;
    }

    /** The caller: their directory entry (null when the HRIS has not reported them yet) and participations, newest first. */
    public record Me(String employeeId, Employee employee, List<Participant> participations) {
    }

    @WithSession
    public Uni<Employee> get(String employeeId) {
        return employees.findById(employeeId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("employee", employeeId));
    }

    @WithSession
    public Uni<Me> me() {
        String employeeId = caller.requireEmployeeId();
        return employees.findById(employeeId).flatMap(employee -> participants.ofEmployee(employeeId)
                .map(participations -> new Me(employeeId, employee, participations)));
    }
}
