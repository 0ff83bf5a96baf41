package dev.upward.session.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgendaSuggesterTest {

    private static final List<AgendaSuggester.LibraryTopic> LIBRARY = List.of(
            new AgendaSuggester.LibraryTopic("ai", "AI in daily work", List.of("Where has AI helped you?")),
            new AgendaSuggester.LibraryTopic("social-media", "Social media and personal brand", List.of()),
            new AgendaSuggester.LibraryTopic("sustainability", "Sustainability", List.of()));

    @Test
    void goalsComeFirstThenFocusTopicsAndWhatWasCoveredSinks() {
        List<AgendaSuggester.Suggestion> fresh = AgendaSuggester.suggest(LIBRARY, List.of("ai", "social media"),
                List.of("sustainability"), Map.of(), 3);
        assertEquals(List.of("ai", "social-media", "sustainability"), fresh.stream().map(AgendaSuggester.Suggestion::slug).toList());
        assertTrue(fresh.get(0).reasons().contains("the mentee wants to learn about ai"));

        List<AgendaSuggester.Suggestion> after = AgendaSuggester.suggest(LIBRARY, List.of("ai", "social media"),
                List.of("sustainability"), Map.of("ai", 1), 3);
        assertEquals(List.of("social-media", "sustainability", "ai"), after.stream().map(AgendaSuggester.Suggestion::slug).toList());
        assertTrue(after.get(2).reasons().contains("covered in 1 earlier session"));
    }

    @Test
    void topicsNobodyAskedForAreNotSuggested() {
        assertEquals(List.of(), AgendaSuggester.suggest(LIBRARY, List.of(), List.of(), Map.of(), 3));
        assertEquals(1, AgendaSuggester.suggest(LIBRARY, List.of("AI"), List.of(), Map.of(), 5).size());
    }
}
