package dev.upward.participant.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.participant.domain.Employee;
import dev.upward.participant.domain.Participant;
import dev.upward.participant.domain.ParticipantRole;
import dev.upward.participant.domain.ParticipantStatus;
import dev.upward.participant.domain.Profile;
import dev.upward.participant.domain.Program;
import dev.upward.participant.domain.ProgramStatus;
import dev.upward.participant.domain.RuleFailure;
import dev.upward.participant.messaging.ParticipantEvents;
import dev.upward.participant.persistence.EmployeeDirectory;
import dev.upward.participant.persistence.EmployeeRepository;
import dev.upward.participant.persistence.ParticipantRepository;
import dev.upward.participant.persistence.ProgramRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@Path("/programs/{programId}")
@Tag(name = "Enrolment")
public class EnrolmentResource {

    private final ProgramRepository programs;
    private final EmployeeRepository employees;
    private final ParticipantRepository participants;
    private final EmployeeDirectory directory;
    private final Pool database;
    private final ParticipantEvents events;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    public EnrolmentResource(ProgramRepository programs, EmployeeRepository employees, ParticipantRepository participants,
                             EmployeeDirectory directory, Pool database, ParticipantEvents events, Caller caller) {
        this.programs = programs;
        this.employees = employees;
        this.participants = participants;
        this.directory = directory;
        this.database = database;
        this.events = events;
        this.caller = caller;
    }

    @POST
    @Path("/enrolments")
    @RolesAllowed({Roles.PARTICIPANT, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Enrol in a launched programme as mentor or mentee",
            description = "Participants enrol themselves; admins may name another employee. 422 names each failed eligibility rule;"
                    + " 409 when enrolment is not open, the programme is full or the person is already enrolled.")
    public Uni<Response> enrol(@PathParam("programId") UUID programId, @Valid @NotNull EnrolmentRequest request,
                               UriInfo uriInfo) {
        String employeeId = enrolee(request);
        Profile profile = request.profile() == null ? Profile.EMPTY : request.profile();
        List<RuleFailure> profileProblems = profile.problems(employeeId);
        if (!profileProblems.isEmpty()) {
            throw DomainProblems.unprocessable("invalid-profile", "the profile is invalid", profileProblems);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return directory.managerChain(database, employeeId).flatMap(chain -> Panache.withTransaction(() ->
                // Locking the programme row serialises enrolments, so capacity holds under concurrency.
                programs.findById(programId, LockModeType.PESSIMISTIC_WRITE)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", programId))
                        .flatMap(program -> employees.findById(employeeId)
                                .flatMap(employee -> admit(program, employee, employeeId, request.role(), today))
                                .flatMap(employee -> {
                                    Participant participant = Participant.enrol(programId, employeeId, request.role(),
                                            profile, caller.name(), clock.instant());
                                    return participants.persist(participant)
                                            .call(saved -> events.enrolled(saved, employee, chain));
                                }))))
                .map(saved -> Response.created(uriInfo.getBaseUriBuilder().path("participants").path(saved.id().toString()).build())
                        .entity(ParticipantView.of(saved)).build());
    }

    @GET
    @Path("/participants")
    @RolesAllowed(Roles.PROGRAM_ADMIN)
    @WithSession
    @Operation(summary = "List, filter and search a programme's participants",
            description = "search matches given name, family name, e-mail or employee id (case-insensitive, substring).")
    public Uni<PageView<ParticipantView>> list(@PathParam("programId") UUID programId,
                                               @QueryParam("role") ParticipantRole role,
                                               @QueryParam("status") ParticipantStatus status,
                                               @QueryParam("department") @Size(max = 200) String department,
                                               @QueryParam("search") @Size(max = 200) String search,
                                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return programs.findById(programId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("programme", programId))
                .flatMap(program -> participants.page(programId,
                        new ParticipantRepository.Filter(role, status, department, search), page, size))
                .map(result -> new PageView<>(result.rows().stream()
                        .map(row -> ParticipantView.of(row.participant(), row.employee())).toList(), page, size, result.total()));
    }

    private String enrolee(EnrolmentRequest request) {
        if (request.employeeId() == null) {
            return caller.requireEmployeeId();
        }
        if (!caller.isAdmin() && !request.employeeId().equals(caller.employeeId().orElse(null))) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden",
                    "only programme admins may enrol someone else"));
        }
        return request.employeeId();
    }

    /** Checks every rule that decides whether this person may join now; answers the employee when so. */
    private Uni<Employee> admit(Program program, Employee employee, String employeeId, ParticipantRole role, LocalDate today) {
        if (program.status() == ProgramStatus.DRAFT && !caller.isAdmin()) {
            throw ProblemException.notFound("programme", program.id());
        }
        program.enrolmentClosedReason(today).ifPresent(reason -> {
            throw ProblemException.conflict("enrolment is not open: " + reason);
        });
        if (employee == null || !employee.isActive()) {
            throw DomainProblems.unprocessable("eligibility", "cannot enrol " + employeeId, List.of(new RuleFailure(
                    "active-employee", employee == null ? "the HRIS has not reported employee " + employeeId
                    : "employee " + employeeId + " is no longer active")));
        }
        List<RuleFailure> failures = program.eligibility().failures(role, employee.asCandidate(), today);
        if (!failures.isEmpty()) {
            throw DomainProblems.unprocessable("eligibility", "not eligible as " + role, failures);
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
