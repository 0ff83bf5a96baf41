package dev.upward.feedback.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SkillGrowthTest {

    @Test
    void growthIsPostMinusPrePerSkillAndUnknownWhereOnlyOneIsRated() {
        List<SkillGrowth.Growth> growth = SkillGrowth.between(
                List.of(new SkillScore("ai", 1), new SkillScore("social-media", 4), new SkillScore("tiktok", 2)),
                List.of(new SkillScore("social-media", 3), new SkillScore("ai", 4), new SkillScore("remote-work", 5)));
        assertEquals(List.of(
                new SkillGrowth.Growth("ai", 1, 4, 3),
                new SkillGrowth.Growth("remote-work", null, 5, null),
                new SkillGrowth.Growth("social-media", 4, 3, -1),
                new SkillGrowth.Growth("tiktok", 2, null, null)), growth);
    }

    @Test
    void withoutAPostAssessmentThereIsNoGrowthYet() {
        assertEquals(List.of(new SkillGrowth.Growth("ai", 2, null, null)),
                SkillGrowth.between(List.of(new SkillScore("ai", 2)), List.of()));
    }

    @Test
    void scoresOutsideOneToFiveAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SkillScore("ai", 0));
        assertThrows(IllegalArgumentException.class, () -> new SkillScore("ai", 6));
        assertThrows(IllegalArgumentException.class, () -> new SkillScore(" ", 3));
    }
}
