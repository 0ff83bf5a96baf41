package dev.upward.analytics.api;

import dev.upward.analytics.domain.ProgramKpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ProgramKpiView(UUID programId, String name, LocalDate startsOn, LocalDate endsOn,
                             int mentorsEnrolled, int menteesEnrolled, int matchesAccepted, Double matchRate,
                             int sessionsCompleted, int feedbackSubmitted, Instant asOf) {

    static ProgramKpiView of(ProgramKpi k) {
        return new ProgramKpiView(k.programId(), k.name(), k.startsOn(), k.endsOn(), k.mentorsEnrolled(),
                k.menteesEnrolled(), k.matchesAccepted(), k.matchRate(), k.sessionsCompleted(),
                k.feedbackSubmitted(), k.updatedAt());
    }
}
