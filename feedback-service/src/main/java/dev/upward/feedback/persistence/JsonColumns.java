package dev.upward.feedback.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.upward.commons.persistence.JsonTextConverter;
import dev.upward.feedback.domain.SkillScore;
import dev.upward.feedback.domain.SurveyItem;

import java.util.List;
import java.util.Map;

/** The JSON text columns of feedback-service, by type. */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static class SkillScores extends JsonTextConverter<List<SkillScore>> {
        public SkillScores() {
            super(new TypeReference<>() { });
        }
    }

    public static class SurveyItems extends JsonTextConverter<List<SurveyItem>> {
        public SurveyItems() {
            super(new TypeReference<>() { });
        }
    }

    public static class Scores extends JsonTextConverter<Map<String, Integer>> {
        public Scores() {
            super(new TypeReference<>() { });
        }
    }

    public static class Texts extends JsonTextConverter<Map<String, String>> {
        public Texts() {
            super(new TypeReference<>() { });
        }
    }
}
