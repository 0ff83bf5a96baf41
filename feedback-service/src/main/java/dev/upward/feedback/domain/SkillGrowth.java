package dev.upward.feedback.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Growth per skill from a person's own PRE and POST ratings. A skill rated only once has no
 * growth rather than a guessed one: the person may have added or dropped it on purpose.
 */
public final class SkillGrowth {

    /** One skill's levels; {@code change} is null unless both are known. */
    public record Growth(String skill, Integer pre, Integer post, Integer change) {
    }

    private SkillGrowth() {
    }

    public static List<Growth> between(List<SkillScore> pre, List<SkillScore> post) {
        Map<String, Integer> before = levels(pre);
        Map<String, Integer> after = levels(post);
        TreeSet<String> skills = new TreeSet<>(before.keySet());
        skills.addAll(after.keySet());
        List<Growth> growth = new ArrayList<>();
        for (String skill : skills) {
            Integer b = before.get(skill);
            Integer a = after.get(skill);
            growth.add(new Growth(skill, b, a, b != null && a != null ? a - b : null));
        }
        return growth;
    }

    private static Map<String, Integer> levels(List<SkillScore> scores) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (scores != null) {
            scores.forEach(s -> levels.put(s.skill(), s.score()));
        }
        return levels;
    }
}
