package dev.upward.matching.domain.scoring;

import dev.upward.contracts.MatchingProfile.LearningGoal;
import dev.upward.contracts.MatchingProfile.SkillOffered;
import dev.upward.contracts.MatchingProfile.TimeSlot;
import dev.upward.contracts.MatchingProfile.WorkingStyle;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores (mentor, mentee) pairs of one programme. Every factor is a value from 0 to 1 times
 * its share of the 100 points, so the contributions add up to the score. Unknown facts (no
 * time zone, no format given) count as a neutral half rather than as a mismatch.
 */
public final class PairScorer {

    private static final int WEEK_MINUTES = 7 * 24 * 60;
    /** Two hours of common time a week is plenty for a fortnightly hour-long session. */
    private static final int AMPLE_OVERLAP_MINUTES = 120;

    private final EnumMap<Factor, Integer> maxima;
    private final HardRules rules;
    private final Set<String> focusTopics;
    private final Set<String> previousPairs;
    private final LocalDate referenceMonday;

    /**
     * @param previousPairs  "mentorEmployeeId|menteeEmployeeId" of pairs matched before
     * @param referenceWeek  any day of the week whose time-zone offsets apply (daylight saving)
     */
    public PairScorer(ScoringWeights weights, HardRules rules, List<String> focusTopics, Set<String> previousPairs,
                      LocalDate referenceWeek) {
        this.maxima = weights.maximaMicros();
        this.rules = rules;
        this.focusTopics = focusTopics.stream().map(PairScorer::norm).collect(Collectors.toSet());
        this.previousPairs = Set.copyOf(previousPairs);
        this.referenceMonday = referenceWeek.minusDays(referenceWeek.getDayOfWeek().getValue() - 1L);
    }

    public static String pairKey(String mentorEmployeeId, String menteeEmployeeId) {
        return mentorEmployeeId + "|" + menteeEmployeeId;
    }

    public PairEvaluation evaluate(Candidate mentor, Candidate mentee) {
        List<String> broken = new ArrayList<>();
        List<String> nearMisses = new ArrayList<>();
        checkRules(mentor, mentee, broken, nearMisses);
        if (!broken.isEmpty()) {
            return PairEvaluation.forbidden(broken);
        }
        EnumMap<Factor, Double> values = new EnumMap<>(Factor.class);
        values.put(Factor.SKILLS, skillFit(mentor.skillsOffered(), mentee.learningGoals()));
        values.put(Factor.FOCUS_TOPICS, focusFit(mentor, mentee));
        int overlap = overlapMinutes(mentor, mentee);
        values.put(Factor.AVAILABILITY, mentor.availability().isEmpty() || mentee.availability().isEmpty() ? 0.5
                : Math.min(1.0, overlap / (double) AMPLE_OVERLAP_MINUTES));
        values.put(Factor.FORMAT, formatFit(mentor.formats(), mentee.formats()));
        values.put(Factor.TIME_ZONE, timeZoneFit(mentor.timeZone(), mentee.timeZone()));
        values.put(Factor.WORKING_STYLE, styleFit(mentor.workingStyle(), mentee.workingStyle()));
        values.put(Factor.CROSS_DEPARTMENT, mentor.department() != null && mentee.department() != null
                && !mentor.department().equals(mentee.department()) ? 1.0 : 0.0);
        if (!mentor.availability().isEmpty() && !mentee.availability().isEmpty() && overlap < 60) {
            nearMisses.add("less than an hour of common free time a week (" + overlap + " minutes)");
        }
        EnumMap<Factor, Integer> contributions = new EnumMap<>(Factor.class);
        int score = 0;
        for (Factor factor : Factor.values()) {
            int contribution = (int) Math.round(maxima.get(factor) * values.get(factor));
            contributions.put(factor, contribution);
            score += contribution;
        }
        return new PairEvaluation(true, List.of(), score, Map.copyOf(contributions), List.copyOf(nearMisses));
    }

    private void checkRules(Candidate mentor, Candidate mentee, List<String> broken, List<String> nearMisses) {
        if (rules.levelGap()) {
            if (mentor.jobLevel() == null || mentee.jobLevel() == null) {
                broken.add("job level gap: a job level is unknown");
            } else {
                int gap = mentee.jobLevel() - mentor.jobLevel();
                if (gap < rules.minJobLevelGap()) {
                    broken.add("job level gap: the mentor must be at least " + rules.minJobLevelGap()
                            + " grades below the mentee (gap is " + gap + ")");
                } else if (gap == rules.minJobLevelGap()) {
                    nearMisses.add("job level gap is exactly the minimum of " + gap);
                }
            }
        }
        if (rules.differentDepartment() && mentor.department() != null && mentor.department().equals(mentee.department())) {
            broken.add("different departments: both are in " + mentor.department());
        }
        if (rules.noReportingLine() && (mentee.managerChain().contains(mentor.employeeId())
                || mentor.managerChain().contains(mentee.employeeId()))) {
            broken.add("no reporting line: one is in the other's management chain");
        }
        if (rules.commonLanguage()) {
            Set<String> common = primaryLanguages(mentor.languages());
            common.retainAll(primaryLanguages(mentee.languages()));
            if (common.isEmpty()) {
                broken.add("common language: none shared");
            } else if (common.size() == 1) {
                nearMisses.add("only one common language (" + common.iterator().next() + ")");
            }
        }
        if (rules.respectAvoidLists() && (mentor.avoidEmployeeIds().contains(mentee.employeeId())
                || mentee.avoidEmployeeIds().contains(mentor.employeeId()))) {
            broken.add("avoid-list: one of them asked not to be paired with the other");
        }
        if (rules.notPreviouslyPaired() && previousPairs.contains(pairKey(mentor.employeeId(), mentee.employeeId()))) {
            broken.add("not previously paired: they were matched before");
        }
    }

    /** Share of the mentee's goals (by priority) the mentor can teach (by proficiency). */
    static double skillFit(List<SkillOffered> offered, List<LearningGoal> goals) {
        int totalPriority = goals.stream().mapToInt(LearningGoal::priority).sum();
        if (totalPriority == 0) {
            return 0;
        }
        double covered = 0;
        for (LearningGoal goal : goals) {
            int proficiency = offered.stream().filter(s -> norm(s.skill()).equals(norm(goal.skill())))
                    .mapToInt(SkillOffered::proficiency).max().orElse(0);
            covered += goal.priority() * proficiency / 5.0;
        }
        return covered / totalPriority;
    }

    private double focusFit(Candidate mentor, Candidate mentee) {
        if (focusTopics.isEmpty()) {
            return 0;
        }
        double mentorShare = share(mentor.skillsOffered().stream().map(SkillOffered::skill).toList(),
                mentor.skillsOffered().stream().map(SkillOffered::proficiency).toList());
        double menteeShare = share(mentee.learningGoals().stream().map(LearningGoal::skill).toList(),
                mentee.learningGoals().stream().map(LearningGoal::priority).toList());
        return (mentorShare + menteeShare) / 2;
    }

    private double share(List<String> skills, List<Integer> weights) {
        double total = 0;
        double inFocus = 0;
        for (int k = 0; k < skills.size(); k++) {
            total += weights.get(k);
            if (focusTopics.contains(norm(skills.get(k)))) {
                inFocus += weights.get(k);
            }
        }
        return total == 0 ? 0 : inFocus / total;
    }

    private static double formatFit(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.5;
        }
        return a.stream().anyMatch(b::contains) ? 1.0 : 0.0;
    }

    private double timeZoneFit(String a, String b) {
        ZoneId za = zone(a);
        ZoneId zb = zone(b);
        if (za == null || zb == null) {
            return 0.5;
        }
        var instant = referenceMonday.atTime(12, 0).toInstant(ZoneOffset.UTC);
        int hours = Math.abs(za.getRules().getOffset(instant).getTotalSeconds()
                - zb.getRules().getOffset(instant).getTotalSeconds()) / 3600;
        return Math.max(0, 1 - hours / 12.0);
    }

    private static double styleFit(WorkingStyle a, WorkingStyle b) {
        if (a == null || b == null) {
            return 0.5;
        }
        Integer[][] answers = {{a.structure(), b.structure()}, {a.directness(), b.directness()}, {a.pace(), b.pace()},
                {a.formality(), b.formality()}, {a.asyncPreference(), b.asyncPreference()}};
        double sum = 0;
        int count = 0;
        for (Integer[] pair : answers) {
            if (pair[0] != null && pair[1] != null) {
                sum += 1 - Math.abs(pair[0] - pair[1]) / 4.0;
                count++;
            }
        }
        return count == 0 ? 0.5 : sum / count;
    }

    /** Minutes a week both are free, comparing the slots as instants of the reference week. */
    int overlapMinutes(Candidate a, Candidate b) {
        List<int[]> first = weekIntervals(a);
        List<int[]> second = weekIntervals(b);
        int total = 0;
        for (int[] x : first) {
            for (int[] y : second) {
                total += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
            }
        }
        return total;
    }

    private List<int[]> weekIntervals(Candidate person) {
        ZoneId zone = zone(person.timeZone());
        ZoneId effective = zone == null ? ZoneOffset.UTC : zone;
        ZonedDateTime weekStart = referenceMonday.atStartOfDay(ZoneOffset.UTC);
        List<int[]> raw = new ArrayList<>();
        for (TimeSlot slot : person.availability()) {
            try {
                LocalDate day = referenceMonday.plusDays(DayOfWeek.valueOf(slot.day()).getValue() - 1L);
                ZonedDateTime start = day.atTime(LocalTime.parse(slot.start())).atZone(effective);
                ZonedDateTime end = "24:00".equals(slot.end()) ? day.plusDays(1).atStartOfDay(effective)
                        : day.atTime(LocalTime.parse(slot.end())).atZone(effective);
                int from = (int) ChronoUnit.MINUTES.between(weekStart, start);
                int to = (int) ChronoUnit.MINUTES.between(weekStart, end);
                addWrapped(raw, from, to);
            } catch (RuntimeException e) {
                // a slot participant-service accepted is always readable; skip anything else
            }
        }
        return merge(raw);
    }

    /** Keeps intervals inside the week; a slot crossing the week's edge wraps around. */
    private static void addWrapped(List<int[]> intervals, int from, int to) {
        int shift = Math.floorDiv(from, WEEK_MINUTES) * WEEK_MINUTES;
        from -= shift;
        to -= shift;
        if (to <= WEEK_MINUTES) {
            intervals.add(new int[] {from, to});
        } else {
            intervals.add(new int[] {from, WEEK_MINUTES});
            intervals.add(new int[] {0, to - WEEK_MINUTES});
        }
    }

    private static List<int[]> merge(List<int[]> intervals) {
        intervals.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] interval : intervals) {
            if (!merged.isEmpty() && interval[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(new int[] {interval[0], interval[1]});
            }
        }
        return merged;
    }

    private static Set<String> primaryLanguages(List<String> tags) {
        Set<String> primary = new HashSet<>();
        for (String tag : tags) {
            primary.add(tag.split("-")[0].toLowerCase(Locale.ROOT));
        }
        return primary;
    }

    private static ZoneId zone(String id) {
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String norm(String skill) {
        return skill.strip().toLowerCase(Locale.ROOT);
    }
}
