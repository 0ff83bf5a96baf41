package dev.upward.participant.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upward.participant.domain.EmployeeChange;

/** Reads the JSON payload of an HRIS employee event into a domain change. */
final class HrisEmployeeEvents {

    private HrisEmployeeEvents() {
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
