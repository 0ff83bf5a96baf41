package dev.upward.session.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Suggests what the next session could be about. A library topic earns points for each of the
 * mentee's learning goals it speaks to (the higher the goal's priority, the more), for being
 * one of the programme's focus topics, and loses points for every earlier session that
 * already covered it, so a pair works through what matters instead of circling one subject.
 */
public final class AgendaSuggester {

    /** A topic of the library as the suggester needs it. */
    public record LibraryTopic(String slug, String title, List<String> questions) {
    }

    public record Suggestion(String slug, String title, int score, List<String> reasons, List<String> questions) {
    }

    static final int GOAL_POINTS = 10;
    static final int FOCUS_POINTS = 6;
    static final int COVERED_PENALTY = 5;

    private AgendaSuggester() {
    }

    /**
     * @param goalsByPriority the mentee's learning goals, most important first
     * @param covered         how many held sessions covered each topic slug
     */
    public static List<Suggestion> suggest(List<LibraryTopic> library, List<String> goalsByPriority, List<String> focusTopics,
                                           Map<String, Integer> covered, int limit) {
        List<Suggestion> ranked = new ArrayList<>();
        for (LibraryTopic topic : library) {
            int score = 0;
            List<String> reasons = new ArrayList<>();
            for (int rank = 0; rank < goalsByPriority.size(); rank++) {
                String goal = goalsByPriority.get(rank);
                if (speaksTo(topic, goal)) {
                    score += Math.max(1, GOAL_POINTS - 2 * rank);
                    reasons.add("the mentee wants to learn about " + goal);
                }
            }
            if (focusTopics.contains(topic.slug())) {
                score += FOCUS_POINTS;
                reasons.add("a focus topic of the programme");
            }
            int times = covered.getOrDefault(topic.slug(), 0);
            if (times > 0) {
                score -= COVERED_PENALTY * times;
                reasons.add("covered in " + times + (times == 1 ? " earlier session" : " earlier sessions"));
            } else if (score > 0) {
                reasons.add("not covered yet");
            }
            if (score > 0) {
                ranked.add(new Suggestion(topic.slug(), topic.title(), score, reasons, topic.questions()));
            }
        }
        ranked.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::slug));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /** A draft agenda around the best suggestion; a plain check-in when there is none. */
    public static List<String> draftAgenda(List<Suggestion> ranked) {
        String checkIn = "Check-in: what has changed since last time";
        if (ranked.isEmpty()) {
            return List.of(checkIn);
        }
        Suggestion best = ranked.get(0);
        return List.of(checkIn, "Main topic: " + best.title(),
                best.questions().isEmpty() ? "Open questions" : "Question: " + best.questions().get(0),
                "Next steps and date of the next session");
    }

    /** A goal names a topic when it is its slug, or either text contains the other's words. */
    static boolean speaksTo(LibraryTopic topic, String goal) {
        String g = normalise(goal);
        if (g.isEmpty()) {
            return false;
        }
        String slug = normalise(topic.slug());
        String title = normalise(topic.title());
        return g.equals(slug) || (" " + title + " ").contains(" " + g + " ") || (" " + g + " ").contains(" " + slug + " ");
    }

    private static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
