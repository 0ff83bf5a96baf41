package dev.upward.matching.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.upward.commons.persistence.JsonTextConverter;
import dev.upward.matching.domain.MatchExplanation;
import dev.upward.matching.domain.RuleSwitches;
import dev.upward.matching.domain.scoring.Candidate;
import dev.upward.matching.domain.scoring.Factor;
import jakarta.persistence.Converter;

import java.util.List;
import java.util.Map;

/**
 * The JSON text columns of matching-service's entities. They apply by attribute type
 * ({@code autoApply}), so the entities in {@code domain} need not name them.
 */
public final class JsonColumns {

    private JsonColumns() {
    }

    @Converter(autoApply = true)
    public static final class CandidateDocument extends JsonTextConverter<Candidate> {
        public CandidateDocument() {
            super(new TypeReference<>() { });
        }
    }

    @Converter(autoApply = true)
    public static final class StringList extends JsonTextConverter<List<String>> {
        public StringList() {
            super(new TypeReference<>() { });
        }
    }

    @Converter(autoApply = true)
    public static final class Weights extends JsonTextConverter<Map<Factor, Integer>> {
        public Weights() {
            super(new TypeReference<>() { });
        }
    }

    @Converter(autoApply = true)
    public static final class Switches extends JsonTextConverter<RuleSwitches> {
        public Switches() {
            super(new TypeReference<>() { });
        }
    }

    @Converter(autoApply = true)
    public static final class Explanation extends JsonTextConverter<MatchExplanation> {
        public Explanation() {
            super(new TypeReference<>() { });
        }
    }
}
