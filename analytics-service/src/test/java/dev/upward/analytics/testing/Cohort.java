package dev.upward.analytics.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small, complete programme: HRIS records, enrolments, matches, mentorships, sessions,
 * ratings, fit checks and assessments, big enough (six pairs) that its figures about people
 * are shown. Used where a test needs realistic data rather than one fact.
 */
public final class Cohort {

    public final UUID programId = UUID.randomUUID();
    public final List<Events.Event> events = new ArrayList<>();
    public final String prefix = "C" + programId.toString().substring(0, 8);

    public static final LocalDate STARTS = LocalDate.parse("2026-06-01");
    public static final LocalDate ENDS = LocalDate.parse("2027-06-01");

    public Cohort(int pairs) {
        Instant t = Instant.parse("2026-05-01T09:00:00Z");
        events.add(Events.programCreated(programId, "Cohort " + prefix, STARTS, ENDS, t));
        for (int i = 0; i < pairs; i++) {
            String mentorEmployee = prefix + "-m" + i;
            String menteeEmployee = prefix + "-s" + i;
            events.add(Events.employee("EmployeeHired", mentorEmployee, prefix + "-Data", 3, LocalDate.parse("2024-01-01"), null, 1));
            events.add(Events.employee("EmployeeHired", menteeEmployee, prefix + "-Board", 12, LocalDate.parse("2015-01-01"), null, 1));
            if (i == 0) {
                events.add(Events.employee("EmployeeTerminated", mentorEmployee, prefix + "-Data", 3,
                        LocalDate.parse("2024-01-01"), LocalDate.parse("2026-09-30"), 2));
            }
            UUID mentor = UUID.randomUUID();
            UUID mentee = UUID.randomUUID();
            UUID match = UUID.randomUUID();
            UUID mentorship = UUID.randomUUID();
            Instant enrolled = t.plusSeconds(3600L * (i + 1));
            events.add(Events.enrolled(mentor, programId, mentorEmployee, "MENTOR", null, null, enrolled));
            events.add(Events.enrolled(mentee, programId, menteeEmployee, "MENTEE", null, null, enrolled.plusSeconds(60)));
            Instant proposed = Instant.parse("2026-06-02T09:00:00Z");
            events.add(Events.matchProposed(match, programId, mentor, mentee, proposed));
            Instant accepted = proposed.plusSeconds(86_400L * (i + 1));
            events.add(Events.matchAccepted(match, programId, mentor, mentee, accepted));
            events.add(Events.mentorshipStarted(mentorship, match, programId, mentor, mentee, accepted));
            for (int s = 0; s < 3; s++) {
                UUID session = UUID.randomUUID();
                Instant startsAt = accepted.plusSeconds(86_400L * 7 * (s + 1));
                events.add(Events.sessionScheduled(session, mentorship, programId, startsAt, accepted.plusSeconds(600)));
                if (s == 2 && i % 3 == 0) {
                    events.add(Events.sessionCancelled(session, mentorship, programId, startsAt.minusSeconds(3600)));
                    continue;
                }
                events.add(Events.sessionCompleted(session, mentorship, programId, startsAt.plusSeconds(3600)));
                events.add(Events.feedback(UUID.randomUUID(), session, mentorship, programId, "MENTOR", 3 + (i + s) % 3,
                        startsAt.plusSeconds(7200)));
                events.add(Events.feedback(UUID.randomUUID(), session, mentorship, programId, "MENTEE", 4 + (i + s) % 2,
                        startsAt.plusSeconds(7300)));
            }
            events.add(Events.fitCheck(UUID.randomUUID(), mentorship, programId, "MENTEE", i != 1, accepted.plusSeconds(86_400L * 8)));
            events.add(Events.fitCheck(UUID.randomUUID(), mentorship, programId, "MENTOR", true, accepted.plusSeconds(86_400L * 8)));
            events.add(Events.assessment(UUID.randomUUID(), mentee, programId, "PRE", "MENTEE", enrolled, "ai", 1 + i % 2,
                    "social-media", 2));
            events.add(Events.assessment(UUID.randomUUID(), mentee, programId, "POST", "MENTEE", accepted.plusSeconds(86_400L * 60),
                    "ai", 3 + i % 2, "social-media", 3));
            if (i == pairs - 1) {
                events.add(Events.mentorshipAtRisk(mentorship, programId, accepted.plusSeconds(86_400L * 40)));
            }
            if (i == 0) {
                events.add(Events.mentorshipCompleted(mentorship, programId, accepted.plusSeconds(86_400L * 90)));
            }
        }
        // comparable colleagues who did not take part, a third of them gone by the end of the window
        for (int i = 0; i < 9; i++) {
            String id = prefix + "-o" + i;
            boolean mentorLike = i % 2 == 0;
            events.add(Events.employee(i % 3 == 0 ? "EmployeeTerminated" : "EmployeeHired", id,
                    prefix + (mentorLike ? "-Data" : "-Board"), mentorLike ? 3 : 12, LocalDate.parse("2020-01-01"),
                    i % 3 == 0 ? LocalDate.parse("2026-08-31") : null, 1));
        }
    }
}
