package dev.upward.analytics.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upward.analytics.persistence.EmployeeWrites;
import dev.upward.analytics.persistence.EmployeeWrites.EmployeeFact;
import dev.upward.contracts.HrisEmployeeEvent;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Departments, levels, hires and terminations from {@code hris.employees.v1}. HRIS connectors
 * need not send CloudEvents headers, so the type comes from the payload's eventType, and the
 * employee's hrisVersion (not a remembered id) makes replays and duplicates harmless.
 */
@Singleton
public class RecordEmployeeChanges extends RecordTopicEvents {

    private static final Map<String, String> TYPES = Map.of(
            "EmployeeHired", HrisEmployeeEvent.HIRED,
            "EmployeeUpdated", HrisEmployeeEvent.UPDATED,
            "EmployeeTerminated", HrisEmployeeEvent.TERMINATED);

    public RecordEmployeeChanges(RecordEventBatch batch, EmployeeWrites employees) {
        super(batch, route(employees));
    }

    private static EventRoute route(EmployeeWrites employees) {
        EventRoute.EventWriter<?> upsert = EventRoute.writer(e -> new EmployeeFact(e.text("employeeId"),
                e.text("department"), e.integer("jobLevel"), e.date("hireDate"), e.date("terminationDate"),
                e.longValue("hrisVersion")), employees::upsert);
        return new EventRoute(RecordEmployeeChanges::typeOf,
                Map.of(HrisEmployeeEvent.HIRED, upsert, HrisEmployeeEvent.UPDATED, upsert,
                        HrisEmployeeEvent.TERMINATED, terminated(employees)),
                Map.of(), false);
    }

    /** A termination without a date is taken as effective on the day it was reported. */
    private static EventRoute.EventWriter<?> terminated(EmployeeWrites employees) {
        return EventRoute.writer(e -> new EmployeeFact(e.text("employeeId"), e.text("department"), e.integer("jobLevel"),
                e.date("hireDate"), e.date("terminationDate") != null ? e.date("terminationDate")
                        : LocalDate.ofInstant(Instant.ofEpochMilli(e.record().timestamp()), ZoneOffset.UTC),
                e.longValue("hrisVersion")), employees::upsert);
    }

    private static String typeOf(ConsumerRecord<String, String> record, JsonNode payload) {
        JsonNode type = payload == null ? null : payload.get("eventType");
        if (type == null) {
            return null;
        }
        // an eventType we do not know is still typed, so the inbox skips it instead of dead-lettering
        return TYPES.getOrDefault(type.asText(), "hris.unknown." + type.asText());
    }
}
