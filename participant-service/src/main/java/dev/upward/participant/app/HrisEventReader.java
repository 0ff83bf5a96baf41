package dev.upward.participant.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upward.contracts.ContractValidator;
import dev.upward.contracts.HrisEmployeeEvent;
import dev.upward.participant.domain.EmployeeChange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads HRIS employee events, from Kafka and from bulk imports alike. The published JSON
 * Schema of the event's type is the gate: a payload that breaks it is refused with the
 * schema's own words, so an integrator sees exactly which field to fix. Fields are picked from
 * the parsed tree by hand rather than data-bound, as this runs for every record of an HRIS load.
 */
public final class HrisEventReader {

    /** The contract type of each payload eventType; HRIS connectors need not send ce_* headers. */
    static final Map<String, String> TYPES = Map.of(
            "EmployeeHired", HrisEmployeeEvent.HIRED,
            "EmployeeUpdated", HrisEmployeeEvent.UPDATED,
            "EmployeeTerminated", HrisEmployeeEvent.TERMINATED);

    private HrisEventReader() {
    }

    /** Checks the parsed payload against its contract and reads it; throws with the reason when it cannot. */
    public static EmployeeChange read(JsonNode event) {
        JsonNode eventType = event == null ? null : event.get("eventType");
        String type = eventType == null ? null : TYPES.get(eventType.asText());
        if (type == null) {
            throw new IllegalArgumentException("eventType must be one of " + TYPES.keySet());
        }
        List<String> violations = ContractValidator.violations(type, event);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("payload breaks the contract of " + type + ": " + String.join("; ", violations));
        }
        JsonNode level = event.get("jobLevel");
        List<String> languages = new ArrayList<>();
        event.path("languages").forEach(language -> languages.add(language.asText()));
        return new EmployeeChange(text(event, "employeeId"), text(event, "email"), text(event, "givenName"),
                text(event, "familyName"), text(event, "department"), text(event, "jobTitle"),
                level == null || level.isNull() ? null : level.asInt(), text(event, "managerId"),
                text(event, "location"), text(event, "timeZone"), languages, date(event, "hireDate"),
                date(event, "terminationDate"), event.get("hrisVersion").asLong(),
                "EmployeeTerminated".equals(eventType.asText()));
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode event, String field) {
        String value = text(event, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
