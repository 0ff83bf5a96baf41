package dev.upward.analytics.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Enrolments, their departments and levels, departures and erasures. A row may be opened by
 * whichever of these facts arrives first; later facts fill in what is missing, and the
 * organisational attributes follow the newest statement.
 */
@ApplicationScoped
public class ParticipantWrites {

    public record Enrolment(UUID participantId, UUID programId, String employeeId, String role, String department,
                            Integer jobLevel, OffsetDateTime at) {
    }

    public record Attributes(UUID participantId, UUID programId, String department, Integer jobLevel, OffsetDateTime at) {
    }

    public record Departure(UUID participantId, UUID programId, String reason, OffsetDateTime at) {
    }

    private static final String ENROL = """
            insert into participant (participant_id, program_id, employee_id, role, department, job_level, attrs_at,
                                     enrolled_at, erased)
            select u.id, u.program, case when ep.employee_id is null then u.employee end, u.role,
                   case when ep.employee_id is null then u.department end,
                   case when ep.employee_id is null then u.level end, u.at, u.at, ep.employee_id is not null
            from unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[], $6::int[], $7::timestamptz[])
                 as u(id, program, employee, role, department, level, at)
            left join erased_person ep on ep.employee_id = u.employee
            on conflict (participant_id) do update set
                program_id = excluded.program_id,
                employee_id = case when participant.erased or excluded.erased then null else excluded.employee_id end,
                erased = participant.erased or excluded.erased,
                role = excluded.role,
                enrolled_at = least(participant.enrolled_at, excluded.enrolled_at),
                department = case when participant.erased or excluded.erased then null
                                  when participant.attrs_at is null or excluded.attrs_at > participant.attrs_at
                                  then excluded.department else participant.department end,
                job_level = case when participant.erased or excluded.erased then null
                                 when participant.attrs_at is null or excluded.attrs_at > participant.attrs_at
                                 then excluded.job_level else participant.job_level end,
                attrs_at = greatest(participant.attrs_at, excluded.attrs_at)""";

    /** Absent attributes in a profile update mean "unchanged", so they never blank a stored value. */
    private static final String ATTRIBUTES = """
            insert into participant (participant_id, program_id, department, job_level, attrs_at)
            select * from unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::int[], $5::timestamptz[])
            on conflict (participant_id) do update set
                program_id = coalesce(participant.program_id, excluded.program_id),
                department = case when participant.erased then null
                                  when participant.attrs_at is null or excluded.attrs_at > participant.attrs_at
                                  then coalesce(excluded.department, participant.department) else participant.department end,
                job_level = case when participant.erased then null
                                 when participant.attrs_at is null or excluded.attrs_at > participant.attrs_at
                                 then coalesce(excluded.job_level, participant.job_level) else participant.job_level end,
                attrs_at = greatest(participant.attrs_at, excluded.attrs_at)""";

    /** The first departure is the one that counts; a repeated or late one changes nothing. */
    private static final String DEPART = """
            insert into participant (participant_id, program_id, left_at, left_reason)
            select * from unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::varchar[])
            on conflict (participant_id) do update set
                program_id = coalesce(participant.program_id, excluded.program_id),
                left_reason = case when participant.left_at is null or excluded.left_at < participant.left_at
                                   then excluded.left_reason else participant.left_reason end,
                left_at = least(participant.left_at, excluded.left_at)""";

    private static final String ERASE_PARTICIPATIONS = """
            update participant set employee_id = null, department = null, job_level = null, erased = true
            where employee_id = any($1::varchar[])""";
    private static final String ERASE_EMPLOYEE = "delete from employee where employee_id = any($1::varchar[])";
    private static final String REMEMBER_ERASURE = """
            insert into erased_person (employee_id, erased_at)
            select * from unnest($1::varchar[], $2::timestamptz[]) on conflict (employee_id) do nothing""";

    public Uni<Void> enrol(SqlConnection tx, List<Enrolment> enrolments) {
        List<Enrolment> rows = Batches.onePerKey(enrolments, Enrolment::participantId, Comparator.comparing(Enrolment::at));
        return Batches.run(tx, ENROL, rows.size(), List.of(
                Batches.column(rows, Enrolment::participantId, UUID[]::new),
                Batches.column(rows, Enrolment::programId, UUID[]::new),
                Batches.column(rows, Enrolment::employeeId, String[]::new),
                Batches.column(rows, Enrolment::role, String[]::new),
                Batches.column(rows, Enrolment::department, String[]::new),
                Batches.column(rows, Enrolment::jobLevel, Integer[]::new),
                Batches.column(rows, Enrolment::at, OffsetDateTime[]::new)));
    }

    public Uni<Void> attributes(SqlConnection tx, List<Attributes> updates) {
        List<Attributes> rows = Batches.onePerKey(updates, Attributes::participantId, Comparator.comparing(Attributes::at));
        return Batches.run(tx, ATTRIBUTES, rows.size(), List.of(
                Batches.column(rows, Attributes::participantId, UUID[]::new),
                Batches.column(rows, Attributes::programId, UUID[]::new),
                Batches.column(rows, Attributes::department, String[]::new),
                Batches.column(rows, Attributes::jobLevel, Integer[]::new),
                Batches.column(rows, Attributes::at, OffsetDateTime[]::new)));
    }

    public Uni<Void> depart(SqlConnection tx, List<Departure> departures) {
        List<Departure> rows = Batches.onePerKey(departures, Departure::participantId,
                Comparator.comparing(Departure::at).reversed());
        return Batches.run(tx, DEPART, rows.size(), List.of(
                Batches.column(rows, Departure::participantId, UUID[]::new),
                Batches.column(rows, Departure::programId, UUID[]::new),
                Batches.column(rows, Departure::at, OffsetDateTime[]::new),
                Batches.column(rows, Departure::reason, String[]::new)));
    }

    public record Erasure(String employeeId, OffsetDateTime at) {
    }

    public Uni<Void> erase(SqlConnection tx, List<Erasure> erasures) {
        if (erasures.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Erasure> rows = Batches.onePerKey(erasures, Erasure::employeeId, Comparator.comparing(Erasure::at).reversed());
        String[] ids = Batches.column(rows, Erasure::employeeId, String[]::new);
        return Batches.run(tx, REMEMBER_ERASURE, rows.size(), List.of(ids, Batches.column(rows, Erasure::at, OffsetDateTime[]::new)))
                .chain(() -> Batches.run(tx, ERASE_PARTICIPATIONS, rows.size(), List.of((Object) ids)))
                .chain(() -> Batches.run(tx, ERASE_EMPLOYEE, rows.size(), List.of((Object) ids)));
    }
}
