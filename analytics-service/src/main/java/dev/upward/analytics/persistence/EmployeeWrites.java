package dev.upward.analytics.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The HRIS facts analytics needs: department and level for breakdowns, hire and termination
 * dates for retention. HRIS records need not be CloudEvents, so their order comes from
 * {@code hrisVersion}: an older or repeated version changes nothing, which makes replays safe
 * without remembering record ids. Erased people are never written again.
 */
@ApplicationScoped
public class EmployeeWrites {

    public record EmployeeFact(String employeeId, String department, Integer jobLevel, LocalDate hireDate,
                               LocalDate terminationDate, long hrisVersion) {
    }

    private static final String UPSERT = """
            insert into employee (employee_id, department, job_level, hire_date, termination_date, hris_version)
            select u.* from unnest($1::varchar[], $2::varchar[], $3::int[], $4::date[], $5::date[], $6::bigint[])
                 as u(id, department, level, hired, terminated, version)
            where not exists (select 1 from erased_person ep where ep.employee_id = u.id)
            on conflict (employee_id) do update set
                department = excluded.department, job_level = excluded.job_level, hire_date = excluded.hire_date,
                termination_date = excluded.termination_date, hris_version = excluded.hris_version
            where employee.hris_version < excluded.hris_version""";

    public Uni<Void> upsert(SqlConnection tx, List<EmployeeFact> facts) {
        List<EmployeeFact> rows = Batches.onePerKey(facts, EmployeeFact::employeeId,
                Comparator.comparingLong(EmployeeFact::hrisVersion));
        return Batches.run(tx, UPSERT, rows.size(), List.of(
                Batches.column(rows, EmployeeFact::employeeId, String[]::new),
                Batches.column(rows, EmployeeFact::department, String[]::new),
                Batches.column(rows, EmployeeFact::jobLevel, Integer[]::new),
                Batches.column(rows, EmployeeFact::hireDate, LocalDate[]::new),
                Batches.column(rows, EmployeeFact::terminationDate, LocalDate[]::new),
                Batches.column(rows, EmployeeFact::hrisVersion, Long[]::new)));
    }
}
