package dev.upward.participant.domain;

import dev.upward.commons.domain.RuleViolationException.Failure;
import dev.upward.contracts.MatchingProfile.LearningGoal;
import dev.upward.contracts.MatchingProfile.SkillOffered;
import dev.upward.contracts.MatchingProfile.TimeSlot;
import dev.upward.contracts.MatchingProfile.WorkingStyle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileTest {

    @Test
    void aCompleteProfileIsValid() {
        Profile profile = new Profile(List.of(new SkillOffered("ai", 4)), List.of(new LearningGoal("leadership", 3)),
                List.of("en", "pt-BR"), "Europe/Berlin", List.of("VIDEO"),
                List.of(new TimeSlot("TUESDAY", "08:00", "09:30"), new TimeSlot("FRIDAY", "16:00", "24:00")),
                new WorkingStyle(4, 3, 2, 1, 5), List.of("E-9"));
        assertTrue(profile.problems("E-1").isEmpty(), profile.problems("E-1").toString());
    }

    @Test
    void everyBadFieldIsNamed() {
        Profile profile = new Profile(List.of(new SkillOffered("ai", 6), new SkillOffered("", 3)),
                List.of(new LearningGoal("ai", 0)), List.of("english!"), "Mars/Olympus", List.of("CARRIER_PIGEON"),
                List.of(new TimeSlot("MONDAY", "10:00", "09:00"), new TimeSlot("FUNDAY", "25:00", "26:00")),
                new WorkingStyle(0, null, null, null, null), List.of("E-1"));
        List<String> fields = profile.problems("E-1").stream().map(Failure::rule).distinct().toList();
        assertEquals(List.of("skillsOffered", "learningGoals", "languages", "timeZone", "formats", "availability",
                "workingStyle", "avoidEmployeeIds"), fields);
    }

    @Test
    void repeatedSkillsAndOversizedListsAreRefused() {
        Profile profile = new Profile(List.of(new SkillOffered("AI", 3), new SkillOffered("ai", 4)), null,
                java.util.Collections.nCopies(21, "en"), null, null, null, null, null);
        List<String> messages = profile.problems("E-1").stream().map(Failure::message).toList();
        assertTrue(messages.contains("skill 'ai' is listed twice"), messages.toString());
        assertTrue(messages.contains("at most 20 entries"), messages.toString());
    }
}
