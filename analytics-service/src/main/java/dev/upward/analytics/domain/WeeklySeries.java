package dev.upward.analytics.domain;

import dev.upward.analytics.domain.ProgramKpis.Figure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Headline activity per ISO week (weeks start on Monday, UTC), with the week's mean rating.
 * The weekly means break down the programme's overall mean, which is published, so they are
 * suppressed together with it by {@link Suppression#hiddenCells}.
 */
public final class WeeklySeries {

    public enum Metric { ENROLMENTS, MATCHES_ACCEPTED, MENTORSHIPS_STARTED, SESSIONS_COMPLETED, FEEDBACK_SUBMITTED }

    /** How often something happened in the week starting on {@code week}. */
    public record Count(LocalDate week, Metric metric, int count) {
    }

    /** The week's ratings: forms, their sum and distinct raters. */
    public record WeekRatings(LocalDate week, int forms, long ratingSum, int raters) {
    }

    public record Week(LocalDate weekStart, int enrolments, int matchesAccepted, int mentorshipsStarted,
                       int sessionsCompleted, int feedbackSubmitted, Figure satisfaction) {
    }

    public static final int MAX_WEEKS = 530;

    private WeeklySeries() {
    }

    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Every week from {@code from} to {@code to} (both taken to their Monday), empty weeks included,
     * so a chart's x axis has no gaps.
     *
     * @param totalRaters distinct raters over the whole programme, who decide whether the overall mean is shown
     */
    public static List<Week> of(LocalDate from, LocalDate to, List<Count> counts, List<WeekRatings> ratings,
                                int totalRaters) {
        LocalDate first = weekOf(from);
        LocalDate last = weekOf(to);
        Map<LocalDate, int[]> perWeek = new HashMap<>();
        for (Count c : counts) {
            perWeek.computeIfAbsent(weekOf(c.week()), w -> new int[Metric.values().length])[c.metric().ordinal()] += c.count();
        }
        Map<LocalDate, WeekRatings> ratingsPerWeek = new HashMap<>();
        ratings.forEach(r -> ratingsPerWeek.put(weekOf(r.week()), r));
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = first; !w.isAfter(last) && weeks.size() < MAX_WEEKS; w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        int[] raters = weeks.stream().mapToInt(w -> ratingsPerWeek.containsKey(w) ? ratingsPerWeek.get(w).raters() : 0)
                .toArray();
        boolean overallShown = Suppression.shown(totalRaters);
        boolean[] hidden = Suppression.hiddenCells(raters, overallShown);
        List<Week> series = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            LocalDate w = weeks.get(i);
            int[] c = perWeek.getOrDefault(w, new int[Metric.values().length]);
            WeekRatings r = ratingsPerWeek.get(w);
            Figure satisfaction;
            if (r == null || r.forms() == 0) {
                satisfaction = new Figure(null, false);
            } else if (hidden[i] || !overallShown) {
                satisfaction = new Figure(null, true);
            } else {
                satisfaction = new Figure(Stats.round((double) r.ratingSum() / r.forms()), false);
            }
            series.add(new Week(w, c[0], c[1], c[2], c[3], c[4], satisfaction));
        }
        return series;
    }
}
