package dev.upward.participant.persistence;

import dev.upward.participant.domain.Employee;
import dev.upward.participant.domain.Participant;
import dev.upward.participant.domain.ParticipantRole;
import dev.upward.participant.domain.ParticipantSearch;
import dev.upward.participant.domain.ParticipantStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public record Row(Participant participant, Employee employee) {
    }

    public record Page(List<Row> rows, long total) {
    }

    public Uni<Long> countActive(UUID programId, ParticipantRole role) {
        return count("programId = ?1 and role = ?2 and status = ?3", programId, role, ParticipantStatus.ACTIVE);
    }

    public Uni<Participant> findActive(UUID programId, String employeeId) {
        return find("programId = ?1 and employeeId = ?2 and status = ?3", programId, employeeId, ParticipantStatus.ACTIVE)
                .firstResult();
    }

    public Uni<List<Participant>> ofEmployee(String employeeId) {
        return list("employeeId = ?1 order by enrolledAt desc", employeeId);
    }

    /** One page of a programme's participants with their directory entries, in enrolment order. */
    public Uni<Page> page(UUID programId, ParticipantSearch filter, int pageIndex, int size) {
        StringBuilder where = new StringBuilder(" from Participant p join Employee e on e.employeeId = p.employeeId"
                + " where p.programId = :programId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("programId", programId);
        if (filter.role() != null) {
            where.append(" and p.role = :role");
            parameters.put("role", filter.role());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.department() != null) {
            where.append(" and e.department = :department");
            parameters.put("department", filter.department());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(e.givenName) like :search escape '\\' or lower(e.familyName) like :search escape '\\'"
                    + " or lower(e.email) like :search escape '\\' or lower(e.employeeId) like :search escape '\\')");
            parameters.put("search", "%" + escapeLike(filter.text().strip().toLowerCase()) + "%");
        }
        String rows = "select p, e" + where + " order by p.enrolledAt, p.id";
        String count = "select count(p)" + where;
        return Panache.getSession().flatMap(session -> {
            var rowQuery = session.createSelectionQuery(rows, Object[].class);
            var countQuery = session.createSelectionQuery(count, Long.class);
            parameters.forEach((name, value) -> {
                rowQuery.setParameter(name, value);
                countQuery.setParameter(name, value);
            });
            return rowQuery.setFirstResult(pageIndex * size).setMaxResults(size).getResultList()
                    .flatMap(found -> countQuery.getSingleResult().map(total -> new Page(found.stream()
                            .map(r -> new Row((Participant) r[0], (Employee) r[1])).toList(), total)));
        });
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
