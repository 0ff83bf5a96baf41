package dev.upward.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A programme's settings as published by {@link #LAUNCHED} and {@link #UPDATED} on
 * {@link Topics#PROGRAMS}. Record key and CloudEvents subject: the programme id.
 */
public record ProgramSnapshot(UUID programId, String name, String status, LocalDate startsOn, LocalDate endsOn,
                              List<String> focusTopics, String cadence, Integer capacity,
                              LocalDate enrolmentOpensOn, LocalDate enrolmentClosesOn, Instant occurredAt) {

    public static final String LAUNCHED = "upward.program.launched.v1";
    public static final String UPDATED = "upward.program.updated.v1";
}
