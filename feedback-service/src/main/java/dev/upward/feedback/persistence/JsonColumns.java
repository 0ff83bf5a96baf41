package dev.upward.feedback.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.upward.commons.persistence.JsonTextConverter;
import dev.upward.feedback.domain.SkillScore;

import java.util.List;

/** The JSON text columns of feedback-service, by type. */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static class SkillScores extends JsonTextConverter<List<SkillScore>> {
        public SkillScores() {
            super(new TypeReference<>() { });
        }
    }
}
