package dev.upward.participant.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upward.participant.domain.EmployeeChange;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk writes to the employee directory with the reactive SQL client: one statement per
 * batch, however large, because HRIS loads arrive in the hundreds of thousands.
 */
@ApplicationScoped
public class EmployeeDirectory {

    /**
     * Inserts or updates every change whose version is newer than the stored one; erased
     * employees are never written again. Returns the ids that were actually changed.
     */
    private static final String UPSERT = """
            insert into employee (employee_id, email, given_name, family_name, department, job_title, job_level,
                                  manager_id, location, time_zone, languages, hire_date, termination_date, status,
                                  hris_version, updated_at)
            select u.id, u.email, u.given, u.family, u.department, u.title, u.level, u.manager, u.location, u.zone,
                   u.languages, u.hired, u.terminated, u.status, u.version, now()
            from unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[],
                        $7::int[], $8::varchar[], $9::varchar[], $10::varchar[], $11::text[], $12::date[],
                        $13::date[], $14::varchar[], $15::bigint[])
                 as u(id, email, given, family, department, title, level, manager, location, zone, languages, hired,
                      terminated, status, version)
            on conflict (employee_id) do update set
                email = excluded.email, given_name = excluded.given_name, family_name = excluded.family_name,
                department = excluded.department, job_title = excluded.job_title, job_level = excluded.job_level,
                manager_id = excluded.manager_id, location = excluded.location, time_zone = excluded.time_zone,
                languages = excluded.languages, hire_date = excluded.hire_date,
                termination_date = excluded.termination_date, status = excluded.status,
                hris_version = excluded.hris_version, updated_at = excluded.updated_at
            where employee.hris_version < excluded.hris_version and employee.erased_at is null
            returning employee_id""";

    private static final String MANAGER_CHAIN = """
            with recursive chain (employee_id, manager_id, depth) as (
                select employee_id, manager_id, 0 from employee where employee_id = $1
                union all
                select e.employee_id, e.manager_id, c.depth + 1
                from employee e join chain c on e.employee_id = c.manager_id
                where c.depth < 30)
            select employee_id from chain where depth > 0 order by depth""";

    /** Active participants of the given employees, for the effects of their HRIS changes. */
    private static final String ACTIVE_PARTICIPANTS = """
            select p.id, p.program_id, p.employee_id, p.profile from participant p
            where p.status = 'ACTIVE' and p.employee_id = any($1)""";

    /**
     * @param ownLanguages whether the participant chose languages in their profile (then the
     *                     HRIS languages are only a default and not republished); same for the zone
     */
    public record ActiveParticipant(UUID participantId, UUID programId, String employeeId, boolean ownLanguages,
                                    boolean ownTimeZone) {
    }

    private final ObjectMapper json;

    public EmployeeDirectory(ObjectMapper json) {
        this.json = json;
    }

    /** Writes the newest change per employee; answers with the ids whose row changed. */
    public Uni<Set<String>> upsert(SqlClient transaction, List<EmployeeChange> changes) {
        List<EmployeeChange> rows = EmployeeChange.newestPerEmployee(changes);
        if (rows.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        int n = rows.size();
        String[] ids = new String[n], emails = new String[n], given = new String[n], family = new String[n],
                departments = new String[n], titles = new String[n], managers = new String[n],
                locations = new String[n], zones = new String[n], languages = new String[n], statuses = new String[n];
        Integer[] levels = new Integer[n];
        LocalDate[] hired = new LocalDate[n], terminated = new LocalDate[n];
        Long[] versions = new Long[n];
        for (int i = 0; i < n; i++) {
            EmployeeChange c = rows.get(i);
            ids[i] = c.employeeId();
            emails[i] = c.email();
            given[i] = c.givenName();
            family[i] = c.familyName();
            departments[i] = c.department();
            titles[i] = c.jobTitle();
            levels[i] = c.jobLevel();
            managers[i] = c.managerId();
            locations[i] = c.location();
            zones[i] = c.timeZone();
            languages[i] = toJson(c.languages());
            hired[i] = c.hireDate();
            terminated[i] = c.terminationDate();
            statuses[i] = c.status();
            versions[i] = c.hrisVersion();
        }
        Tuple args = Tuple.tuple().addArrayOfString(ids).addArrayOfString(emails).addArrayOfString(given)
                .addArrayOfString(family).addArrayOfString(departments).addArrayOfString(titles)
                .addArrayOfInteger(levels).addArrayOfString(managers).addArrayOfString(locations)
                .addArrayOfString(zones).addArrayOfString(languages).addArrayOfLocalDate(hired)
                .addArrayOfLocalDate(terminated).addArrayOfString(statuses).addArrayOfLong(versions);
        return transaction.preparedQuery(UPSERT).execute(args).map(result -> {
            Set<String> changed = new java.util.HashSet<>();
            for (Row row : result) {
                changed.add(row.getString(0));
            }
            return changed;
        });
    }

    /** The employee's managers, direct manager first; stops after 30 levels or on a loop. */
    public Uni<List<String>> managerChain(SqlClient client, String employeeId) {
        return client.preparedQuery(MANAGER_CHAIN).execute(Tuple.of(employeeId)).map(result -> {
            List<String> chain = new ArrayList<>();
            for (Row row : result) {
                String manager = row.getString(0);
                if (manager.equals(employeeId) || chain.contains(manager)) {
                    break;
                }
                chain.add(manager);
            }
            return chain;
        });
    }

    public Uni<List<ActiveParticipant>> activeParticipants(SqlClient client, Set<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return client.preparedQuery(ACTIVE_PARTICIPANTS).execute(Tuple.of(employeeIds.toArray(String[]::new)))
                .map(result -> {
                    List<ActiveParticipant> found = new ArrayList<>();
                    for (Row row : result) {
                        com.fasterxml.jackson.databind.JsonNode profile = readProfile(row.getString(3));
                        found.add(new ActiveParticipant(row.getUUID(0), row.getUUID(1), row.getString(2),
                                profile.path("languages").size() > 0, profile.hasNonNull("timeZone")));
                    }
                    return found;
                });
    }

    /** Marks the participant offboarded unless it already ended; answers whether it changed. */
    public Uni<Boolean> offboard(SqlClient transaction, UUID participantId) {
        return transaction.preparedQuery("update participant set status = 'OFFBOARDED', ended_at = now(),"
                        + " end_reason = 'left the company', updated_at = now(), version = version + 1"
                        + " where id = $1 and status = 'ACTIVE'")
                .execute(Tuple.of(participantId)).map(result -> result.rowCount() == 1);
    }

    private com.fasterxml.jackson.databind.JsonNode readProfile(String text) {
        try {
            return json.readTree(text == null ? "{}" : text);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private String toJson(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write languages as JSON", e);
        }
    }
}
