package dev.upward.contracts;

import java.time.Instant;

/** Every service erases or anonymises what it holds about this employee. Key: employee id. */
public record PersonErased(String employeeId, Instant occurredAt) {

    public static final String TYPE = "upward.person.erased.v1";
}
