package dev.upward.feedback.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.upward.commons.persistence.JsonTextConverter;
import dev.upward.feedback.domain.SkillScore;
import dev.upward.feedback.domain.SurveyItem;
import jakarta.persistence.Converter;

import java.util.List;
import java.util.Map;

/**
 * The JSON text columns of feedback-service, by type. They apply themselves to every attribute
 * of their type, so that the entities in domain need not know how they are stored.
 */
public final class JsonColumns {

    private JsonColumns() {
    }

    @Converter(autoApply = true)
    public static class SkillScores extends JsonTextConverter<List<SkillScore>> {
        public SkillScores() {
            super(new TypeReference<>() { });
        }
    }

    @Converter(autoApply = true)
    public static class SurveyItems extends JsonTextConverter<List<SurveyItem>> {
        public SurveyItems() {
            super(new TypeReference<>() { });
        }
    }

    @Converter(autoApply = true)
    public static class Scores extends JsonTextConverter<Map<String, Integer>> {
        public Scores() {
            super(new TypeReference<>() { });
        }
    }

    @Converter(autoApply = true)
    public static class Texts extends JsonTextConverter<Map<String, String>> {
        public Texts() {
            super(new TypeReference<>() { });
        }
    }
}
