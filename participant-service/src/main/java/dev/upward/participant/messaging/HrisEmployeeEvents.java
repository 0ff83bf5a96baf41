package dev.upward.participant.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upward.contracts.ContractValidator;
import dev.upward.participant.domain.EmployeeChange;

import java.util.List;
import java.util.Map;

/** Reads the JSON payload of an HRIS employee event into a domain change. */
final class HrisEmployeeEvents {

    private HrisEmployeeEvents() {
    }

    /** The CloudEvents type of each payload eventType; HRIS connectors may send no ce_* headers. */
    private static final Map<String, String> TYPES = Map.of(
            "EmployeeHired", "hris.employee.hired.v1",
            "EmployeeUpdated", "hris.employee.updated.v1",
            "EmployeeTerminated", "hris.employee.terminated.v1");

    /** Rejects a payload that breaks the published JSON Schema of its event type. */
    static void requireContract(String payload, JsonNode event) {
        JsonNode eventType = event == null ? null : event.get("eventType");
        String type = eventType == null ? null : TYPES.get(eventType.asText());
        if (type == null) {
            throw new IllegalArgumentException("eventType must be one of " + TYPES.keySet());
        }
        List<String> violations = ContractValidator.violations(type, payload);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("payload breaks the contract of " + type + ": " + String.join("; ", violations));
        }
    }

    static EmployeeChange parse(JsonNode event) {
        String type = required(event, "eventType");
        if (!type.equals("EmployeeHired") && !type.equals("EmployeeUpdated") && !type.equals("EmployeeTerminated")) {
            throw new IllegalArgumentException("unknown eventType " + type);
        }
        JsonNode level = event.get("jobLevel");
        if (level != null && !level.isNull() && !level.canConvertToInt()) {
            throw new IllegalArgumentException("jobLevel must be an integer");
        }
        JsonNode version = event.get("hrisVersion");
        if (version == null || !version.canConvertToLong()) {
            throw new IllegalArgumentException("hrisVersion is required and must be an integer");
        }
        return new EmployeeChange(required(event, "employeeId"), required(event, "email"),
                required(event, "givenName"), required(event, "familyName"),
                optional(event, "department"), optional(event, "jobTitle"),
                level == null || level.isNull() ? null : level.asInt(), optional(event, "managerId"),
                version.asLong(), type.equals("EmployeeTerminated"));
    }

    private static String required(JsonNode event, String field) {
        JsonNode value = event.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.asText();
    }

    private static String optional(JsonNode event, String field) {
        JsonNode value = event.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
