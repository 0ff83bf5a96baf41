package dev.upward.participant.app;

import dev.upward.commons.domain.RuleViolationException;
import dev.upward.commons.domain.RuleViolationException.Failure;
import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Caller;
import dev.upward.participant.domain.Employee;
import dev.upward.participant.domain.Participant;
import dev.upward.participant.domain.ParticipantRole;
import dev.upward.participant.domain.Profile;
import dev.upward.participant.domain.Program;
import dev.upward.participant.domain.ProgramStatus;
import dev.upward.participant.persistence.EmployeeDirectory;
import dev.upward.participant.persistence.EmployeeRepository;
import dev.upward.participant.persistence.ParticipantRepository;
import dev.upward.participant.persistence.ProgramRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Enrols an employee in a launched programme as mentor or mentee. Participants enrol
 * themselves; admins may name someone else. Every rule that decides whether the person may
 * join now is checked, and the enrolment commits with its event.
 */
@ApplicationScoped
public class EnrolParticipant {

    private final ProgramRepository programs;
    private final EmployeeRepository employees;
    private final ParticipantRepository participants;
    private final EmployeeDirectory directory;
    private final Pool database;
    private final ParticipantEvents events;
    private final Caller caller;
    private final Clock clock;

    public EnrolParticipant(ProgramRepository programs, EmployeeRepository employees, ParticipantRepository participants,
                            EmployeeDirectory directory, Pool database, ParticipantEvents events, Caller caller,
                            Clock clock) {
        this.programs = programs;
        this.employees = employees;
        this.participants = participants;
        this.directory = directory;
        this.database = database;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    /** @param requestedEmployeeId null to enrol the caller */
    public Uni<Participant> enrol(UUID programId, String requestedEmployeeId, ParticipantRole role, Profile requestedProfile) {
        String employeeId = enrolee(requestedEmployeeId);
        Profile profile = requestedProfile == null ? Profile.EMPTY : requestedProfile;
        List<Failure> profileProblems = profile.problems(employeeId);
        if (!profileProblems.isEmpty()) {
            throw new RuleViolationException("invalid-profile", "the profile is invalid", profileProblems);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return directory.managerChain(database, employeeId).flatMap(chain -> Panache.withTransaction(() ->
                // Locking the programme row serialises enrolments, so capacity holds under concurrency.
                programs.findById(programId, LockModeType.PESSIMISTIC_WRITE)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", programId))
                        .flatMap(program -> employees.findById(employeeId)
                                .flatMap(employee -> admit(program, employee, employeeId, role, today))
                                .flatMap(employee -> {
                                    Participant participant = Participant.enrol(programId, employeeId, role,
                                            profile, caller.name(), clock.instant());
                                    return participants.persist(participant)
                                            .call(saved -> events.enrolled(saved, employee, chain));
                                }))));
    }

    private String enrolee(String requestedEmployeeId) {
        if (requestedEmployeeId == null) {
            return caller.requireEmployeeId();
        }
        if (!caller.isProgramAdmin() && !requestedEmployeeId.equals(caller.employeeId().orElse(null))) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden",
                    "only programme admins may enrol someone else"));
        }
        return requestedEmployeeId;
    }

    /** Checks every rule that decides whether this person may join now; answers the employee when so. */
    private Uni<Employee> admit(Program program, Employee employee, String employeeId, ParticipantRole role, LocalDate today) {
        if (program.status() == ProgramStatus.DRAFT && !caller.isProgramAdmin()) {
            throw ProblemException.notFound("programme", program.id());
        }
        program.enrolmentClosedReason(today).ifPresent(reason -> {
            throw ProblemException.conflict("enrolment is not open: " + reason);
        });
        if (employee == null || !employee.isActive()) {
            throw new RuleViolationException("eligibility", "cannot enrol " + employeeId, List.of(new Failure(
                    "active-employee", employee == null ? "the HRIS has not reported employee " + employeeId
                    : "employee " + employeeId + " is no longer active")));
        }
        List<Failure> failures = program.eligibility().failures(role, employee.asCandidate(), today);
        if (!failures.isEmpty()) {
            throw new RuleViolationException("eligibility", "not eligible as " + role, failures);
        }
        return participants.findActive(program.id(), employeeId).flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("employee " + employeeId + " is already enrolled in this programme as "
                        + existing.role() + " (participant " + existing.id() + ")");
            }
            if (program.capacity() == null) {
                return Uni.createFrom().item(employee);
            }
            return participants.countActive(program.id(), role).map(count -> {
                if (count >= program.capacity()) {
                    throw ProblemException.conflict("the programme is full: it has room for " + program.capacity()
                            + " " + role.name().toLowerCase() + "s");
                }
                return employee;
            });
        });
    }
}
