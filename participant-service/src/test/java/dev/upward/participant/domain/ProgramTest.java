package dev.upward.participant.domain;

import dev.upward.commons.domain.RuleViolationException.Failure;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramTest {

    private static final Instant NOW = Instant.parse("2027-01-01T09:00:00Z");

    private static ProgramSettings settings(LocalDate starts, LocalDate ends, List<String> topics) {
        return new ProgramSettings("Cohort", null, List.of("Leaders use AI weekly"), topics, starts, ends, Cadence.WEEKLY,
                10, null, LocalDate.of(2027, 2, 15), new Eligibility(4, null, 10, List.of()));
    }

    private static Program complete() {
        return Program.draft(settings(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 7, 31), List.of("ai")), "hannah", NOW);
    }

    @Test
    void aDraftCannotBeLaunchedWithoutDatesOrTopics() {
        Program program = Program.draft(settings(null, null, List.of()), "hannah", NOW);
        LifecycleException e = assertThrows(LifecycleException.class, () -> program.launch(NOW));
        assertTrue(e.getMessage().contains("startsOn, endsOn, focusTopics"), e.getMessage());
        assertEquals(ProgramStatus.DRAFT, program.status());
    }

    @Test
    void enrolmentIsOpenOnlyWhileLaunchedAndInsideTheWindow() {
        Program program = complete();
        assertTrue(program.enrolmentClosedReason(LocalDate.of(2027, 1, 10)).orElseThrow().contains("not been launched"));
        program.launch(NOW);
        assertTrue(program.enrolmentClosedReason(LocalDate.of(2027, 2, 15)).isEmpty());
        assertTrue(program.enrolmentClosedReason(LocalDate.of(2027, 2, 16)).orElseThrow().contains("closed on 2027-02-15"));
        program.close(NOW);
        assertTrue(program.enrolmentClosedReason(LocalDate.of(2027, 2, 1)).orElseThrow().contains("is closed"));
    }

    @Test
    void aLaunchedProgrammeKeepsItsStartAndRulesButMayGrow() {
        Program program = complete();
        program.launch(NOW);
        ProgramSettings moreRoom = new ProgramSettings("Cohort", "bigger", List.of(), List.of("ai", "social-media"),
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 8, 31), Cadence.WEEKLY, 20, null, null,
                new Eligibility(4, null, 10, List.of()));
        program.update(moreRoom, NOW);
        assertEquals(20, program.capacity());
        ProgramSettings moved = new ProgramSettings("Cohort", null, List.of(), List.of("ai"), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 8, 31), Cadence.WEEKLY, 20, null, null, Eligibility.ANYONE);
        LifecycleException e = assertThrows(LifecycleException.class, () -> program.update(moved, NOW));
        assertTrue(e.getMessage().contains("startsOn, eligibility"), e.getMessage());
    }

    @Test
    void closedProgrammesAreFrozenAndCannotBeClosedTwice() {
        Program program = complete();
        program.close(NOW);
        assertThrows(LifecycleException.class, () -> program.close(NOW));
        assertThrows(LifecycleException.class, () -> program.launch(NOW));
        assertThrows(LifecycleException.class, () -> program.update(settings(null, null, List.of()), NOW));
    }

    @Test
    void inconsistentSettingsAreRefusedWithEveryProblem() {
        ProgramSettings bad = new ProgramSettings("Cohort", null, null, List.of("ai", "astrology", "ai"),
                LocalDate.of(2027, 5, 1), LocalDate.of(2027, 1, 1), null, null, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 2, 1), new Eligibility(12, null, 10, null));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> Program.draft(bad, "hannah", NOW));
        // the window closes after the programme ends and before it opens: two problems
        assertEquals(List.of("endsOn", "enrolmentClosesOn", "enrolmentClosesOn", "focusTopics", "focusTopics",
                        "eligibility.mentorMaxJobLevel"),
                e.failures().stream().map(Failure::rule).toList());
    }
}
