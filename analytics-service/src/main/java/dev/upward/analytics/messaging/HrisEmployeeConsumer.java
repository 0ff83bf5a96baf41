package dev.upward.analytics.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upward.analytics.persistence.EmployeeWrites;
import dev.upward.analytics.persistence.EmployeeWrites.EmployeeFact;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/**
 * Departments, levels, hires and terminations from {@code hris.employees.v1}. HRIS connectors
 * need not send CloudEvents headers, so the type comes from the payload's eventType, and the
 * employee's hrisVersion (not a remembered id) makes replays and duplicates harmless.
 */
@ApplicationScoped
public class HrisEmployeeConsumer {

    static final Map<String, String> TYPES = Map.of(
            "EmployeeHired", "hris.employee.hired.v1",
            "EmployeeUpdated", "hris.employee.updated.v1",
            "EmployeeTerminated", "hris.employee.terminated.v1");

    private final BatchInbox inbox;
    private final BatchInbox.Route route;

    public HrisEmployeeConsumer(BatchInbox inbox, EmployeeWrites employees) {
        this.inbox = inbox;
        BatchInbox.EventWriter<?> upsert = Writers.mapping(e -> new EmployeeFact(e.text("employeeId"), e.text("department"),
                e.integer("jobLevel"), e.date("hireDate"), e.date("terminationDate"), e.longValue("hrisVersion")),
                employees::upsert);
        this.route = new BatchInbox.Route(HrisEmployeeConsumer::typeOf,
                Map.of("hris.employee.hired.v1", upsert, "hris.employee.updated.v1", upsert,
                        "hris.employee.terminated.v1", terminated(employees)),
                Map.of(), false);
    }

    /** A termination without a date is taken as effective on the day it was reported. */
    private static BatchInbox.EventWriter<?> terminated(EmployeeWrites employees) {
        return Writers.mapping(e -> new EmployeeFact(e.text("employeeId"), e.text("department"), e.integer("jobLevel"),
                e.date("hireDate"), e.date("terminationDate") != null ? e.date("terminationDate")
                        : java.time.LocalDate.ofInstant(java.time.Instant.ofEpochMilli(e.record().timestamp()),
                        java.time.ZoneOffset.UTC), e.longValue("hrisVersion")), employees::upsert);
    }

    private static String typeOf(ConsumerRecord<String, String> record, JsonNode payload) {
        JsonNode type = payload == null ? null : payload.get("eventType");
        if (type == null) {
            return null;
        }
        // an eventType we do not know is still typed, so the inbox skips it instead of dead-lettering
        return TYPES.getOrDefault(type.asText(), "hris.unknown." + type.asText());
    }

    @Incoming("hris-employees")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.handle(records, route);
    }
}
