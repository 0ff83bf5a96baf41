package dev.upward.session.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Decides which nudges are due. Each nudge has a key that names exactly one occasion (this
 * mentorship's quiet spell since that last session; this session at that start time), so the
 * job can record the keys it sent and never send the same nudge twice, however often it runs
 * and on however many instances.
 */
public final class NudgePlanner {

    /** Nudge settings of one programme. */
    public record Policy(int firstSessionWithinDays, int atRiskAfterWeeks, int reminderHoursBefore) {
    }

    /** What the planner needs to know of an open mentorship. */
    public record Quietness(UUID mentorshipId, Instant startedAt, Instant lastSessionAt, Instant nextSessionStart) {
    }

    /** A scheduled session that has not started. */
    public record Upcoming(UUID sessionId, Instant startsAt) {
    }

    public record AtRisk(UUID mentorshipId, int weeksWithoutSession, String key) {
    }

    public record Reminder(UUID sessionId, String key) {
    }

    private NudgePlanner() {
    }

    /**
     * A mentorship is at risk when nothing is planned and either no first session happened
     * within {@code firstSessionWithinDays} of its start, or the last one is
     * {@code atRiskAfterWeeks} weeks ago. A session planned ahead counts as momentum.
     */
    public static List<AtRisk> atRisk(List<Quietness> mentorships, Policy policy, Instant now) {
        List<AtRisk> due = new ArrayList<>();
        for (Quietness m : mentorships) {
            if (m.nextSessionStart() != null) {
                continue;
            }
            if (m.lastSessionAt() == null) {
                if (!now.isBefore(m.startedAt().plus(Duration.ofDays(policy.firstSessionWithinDays())))) {
                    due.add(new AtRisk(m.mentorshipId(), weeksBetween(m.startedAt(), now), "no-first-session:" + m.mentorshipId()));
                }
            } else if (!now.isBefore(m.lastSessionAt().plus(Duration.ofDays(7L * policy.atRiskAfterWeeks())))) {
                due.add(new AtRisk(m.mentorshipId(), weeksBetween(m.lastSessionAt(), now),
                        "quiet:" + m.mentorshipId() + ":" + m.lastSessionAt().toEpochMilli()));
            }
        }
        return due;
    }

    /** Sessions starting within {@code reminderHoursBefore}; a moved session is reminded again for its new time. */
    public static List<Reminder> reminders(List<Upcoming> sessions, Policy policy, Instant now) {
        Instant horizon = now.plus(Duration.ofHours(policy.reminderHoursBefore()));
        return sessions.stream()
                .filter(s -> s.startsAt().isAfter(now) && !s.startsAt().isAfter(horizon))
                .map(s -> new Reminder(s.sessionId(), "reminder:" + s.sessionId() + ":" + s.startsAt().toEpochMilli()))
                .toList();
    }

    private static int weeksBetween(Instant from, Instant to) {
        return (int) Math.max(0, Duration.between(from, to).toDays() / 7);
    }
}
