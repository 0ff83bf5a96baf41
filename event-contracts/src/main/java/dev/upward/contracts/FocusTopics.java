package dev.upward.contracts;

import java.util.List;

/**
 * The topic taxonomy shared by every service: programmes choose their focus topics from it,
 * the session library is organised by it and matching scores against it. Slugs are stable
 * identifiers; titles are for people.
 */
public final class FocusTopics {

    public record FocusTopic(String slug, String title) {
    }

    public static final List<FocusTopic> ALL = List.of(
            new FocusTopic("digital-tools", "Digital tools and workflows"),
            new FocusTopic("social-media", "Social media and personal brand"),
            new FocusTopic("ai", "AI in daily work"),
            new FocusTopic("dei-lived-experience", "Inclusion and lived experience"),
            new FocusTopic("remote-hybrid", "Remote and hybrid work"),
            new FocusTopic("sustainability", "Sustainability"),
            new FocusTopic("generational-expectations", "Expectations of younger colleagues"),
            new FocusTopic("customer-expectations", "Expectations of younger customers"));

    public static boolean isKnown(String slug) {
        return ALL.stream().anyMatch(topic -> topic.slug().equals(slug));
    }

    private FocusTopics() {
    }
}
