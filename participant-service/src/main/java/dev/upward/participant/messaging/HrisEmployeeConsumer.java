package dev.upward.participant.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upward.participant.domain.Employee;
import dev.upward.participant.domain.EmployeeChange;
import dev.upward.participant.persistence.EmployeeRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;

/**
 * Keeps the employee directory current from {@code hris.employees.v1}. A record that cannot
 * be read fails, and the channel's dead-letter strategy moves it aside.
 */
@ApplicationScoped
public class HrisEmployeeConsumer {

    private static final Logger LOG = Logger.getLogger(HrisEmployeeConsumer.class);

    private final EmployeeRepository employees;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public HrisEmployeeConsumer(EmployeeRepository employees, ObjectMapper json) {
        this.employees = employees;
        this.json = json;
    }

    @Incoming("hris-employees")
    public Uni<Void> consume(String payload) {
        EmployeeChange change;
        try {
            HrisEmployeeEvents.requireContract(payload, json.readTree(payload));
            change = HrisEmployeeEvents.parse(json.readTree(payload));
        } catch (IOException | IllegalArgumentException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable HRIS employee event: " + e.getMessage(), e));
        }
        return Panache.withTransaction(() -> employees.findById(change.employeeId())
                .flatMap(existing -> {
                    if (existing == null) {
                        return employees.persist(Employee.from(change, clock.instant())).replaceWithVoid();
                    }
                    if (!existing.apply(change, clock.instant())) {
                        LOG.debugf("ignored stale HRIS change for %s (version %d)", change.employeeId(), change.hrisVersion());
                    }
                    return Uni.createFrom().voidItem();
                }));
    }
}
