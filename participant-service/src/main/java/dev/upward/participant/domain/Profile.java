package dev.upward.participant.domain;

import dev.upward.commons.domain.RuleViolationException.Failure;
import dev.upward.contracts.MatchingProfile;
import dev.upward.contracts.MatchingProfile.LearningGoal;
import dev.upward.contracts.MatchingProfile.SkillOffered;
import dev.upward.contracts.MatchingProfile.TimeSlot;
import dev.upward.contracts.MatchingProfile.WorkingStyle;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a participant tells matching about themselves: skills they offer (mentors), goals
 * (mentees), when and how they can meet, and how they like to work. Languages and time zone
 * default to what the HRIS knows when the participant leaves them empty. The avoid-list is
 * private: only matching ever reads it.
 */
public record Profile(List<SkillOffered> skillsOffered, List<LearningGoal> learningGoals, List<String> languages,
                      String timeZone, List<String> formats, List<TimeSlot> availability, WorkingStyle workingStyle,
                      List<String> avoidEmployeeIds) {

    private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");
    private static final Pattern EMPLOYEE_ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    private static final Pattern START = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");
    private static final Pattern END = Pattern.compile("^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$");
    public static final Profile EMPTY = new Profile(null, null, null, null, null, null, null, null);

    public Profile {
        skillsOffered = skillsOffered == null ? List.of() : List.copyOf(skillsOffered);
        learningGoals = learningGoals == null ? List.of() : List.copyOf(learningGoals);
        languages = languages == null ? List.of() : List.copyOf(languages);
        formats = formats == null ? List.of() : List.copyOf(formats);
        availability = availability == null ? List.of() : List.copyOf(availability);
        avoidEmployeeIds = avoidEmployeeIds == null ? List.of() : List.copyOf(avoidEmployeeIds);
    }

    /** Field-level problems for a profile owned by {@code employeeId}; empty when valid. */
    public List<Failure> problems(String employeeId) {
        List<Failure> problems = new ArrayList<>();
        limit(problems, "skillsOffered", skillsOffered, 50);
        limit(problems, "learningGoals", learningGoals, 50);
        limit(problems, "languages", languages, 20);
        limit(problems, "availability", availability, 50);
        limit(problems, "avoidEmployeeIds", avoidEmployeeIds, 50);
        checkSkills(problems);
        for (String language : languages) {
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                problems.add(new Failure("languages", "'" + language + "' is not a BCP 47 language tag such as en or pt-BR"));
            }
        }
        if (timeZone != null && !validZone(timeZone)) {
            problems.add(new Failure("timeZone", "'" + timeZone + "' is not an IANA time zone such as Europe/Berlin"));
        }
        for (String format : formats) {
            if (!MatchingProfile.FORMATS.contains(format)) {
                problems.add(new Failure("formats", "'" + format + "' is not one of " + MatchingProfile.FORMATS));
            }
        }
        checkAvailability(problems);
        checkWorkingStyle(problems);
        for (String avoided : avoidEmployeeIds) {
            if (avoided == null || !EMPLOYEE_ID.matcher(avoided).matches()) {
                problems.add(new Failure("avoidEmployeeIds", "'" + avoided + "' is not an employee id"));
            } else if (avoided.equals(employeeId)) {
                problems.add(new Failure("avoidEmployeeIds", "cannot contain yourself"));
            }
        }
        distinct(problems, "languages", languages);
        distinct(problems, "formats", formats);
        distinct(problems, "avoidEmployeeIds", avoidEmployeeIds);
        return problems;
    }

    private void checkSkills(List<Failure> problems) {
        Set<String> seen = new HashSet<>();
        for (SkillOffered skill : skillsOffered) {
            if (skill == null || blank(skill.skill()) || skill.skill().length() > 100
                    || skill.proficiency() < 1 || skill.proficiency() > 5) {
                problems.add(new Failure("skillsOffered", "each skill needs a name and a proficiency from 1 to 5"));
            } else if (!seen.add(skill.skill().toLowerCase())) {
                problems.add(new Failure("skillsOffered", "skill '" + skill.skill() + "' is listed twice"));
            }
        }
        seen.clear();
        for (LearningGoal goal : learningGoals) {
            if (goal == null || blank(goal.skill()) || goal.skill().length() > 100
                    || goal.priority() < 1 || goal.priority() > 5) {
                problems.add(new Failure("learningGoals", "each goal needs a skill and a priority from 1 to 5"));
            } else if (!seen.add(goal.skill().toLowerCase())) {
                problems.add(new Failure("learningGoals", "goal '" + goal.skill() + "' is listed twice"));
            }
        }
    }

    private void checkAvailability(List<Failure> problems) {
        for (TimeSlot slot : availability) {
            try {
                if (!START.matcher(slot.start()).matches() || !END.matcher(slot.end()).matches()) {
                    throw new IllegalArgumentException("not HH:mm");
                }
                DayOfWeek.valueOf(slot.day());
                LocalTime start = LocalTime.parse(slot.start());
                LocalTime end = "24:00".equals(slot.end()) ? LocalTime.MAX : LocalTime.parse(slot.end());
                if (!end.isAfter(start)) {
                    problems.add(new Failure("availability", slot.day() + " " + slot.start() + "-" + slot.end()
                            + ": the end must be after the start"));
                }
            } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
                problems.add(new Failure("availability",
                        "each slot needs a day (MONDAY..SUNDAY) and HH:mm start and end times"));
            }
        }
    }

    private void checkWorkingStyle(List<Failure> problems) {
        if (workingStyle == null) {
            return;
        }
        for (Integer answer : new Integer[] {workingStyle.structure(), workingStyle.directness(), workingStyle.pace(),
                workingStyle.formality(), workingStyle.asyncPreference()}) {
            if (answer != null && (answer < 1 || answer > 5)) {
                problems.add(new Failure("workingStyle", "answers run from 1 (strongly disagree) to 5 (strongly agree)"));
                return;
            }
        }
    }

    private static void limit(List<Failure> problems, String field, List<?> values, int max) {
        if (values.size() > max) {
            problems.add(new Failure(field, "at most " + max + " entries"));
        }
    }

    private static void distinct(List<Failure> problems, String field, List<String> values) {
        if (values.stream().distinct().count() != values.size()) {
            problems.add(new Failure(field, "must not repeat a value"));
        }
    }

    private static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
