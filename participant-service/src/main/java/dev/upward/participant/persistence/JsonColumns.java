package dev.upward.participant.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upward.participant.domain.Eligibility;
import dev.upward.participant.domain.Profile;
import jakarta.persistence.AttributeConverter;

import java.util.List;

/**
 * Values kept as JSON text in one column because they are always read and written whole:
 * lists of labels, eligibility rules, matching profiles. Text rather than jsonb keeps the
 * reactive driver from decoding them on its own terms.
 */
public final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private JsonColumns() {
    }

    private abstract static class Converter<T> implements AttributeConverter<T, String> {

        private final TypeReference<T> type;

        Converter(TypeReference<T> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot store " + value + " as JSON", e);
            }
        }

        @Override
        public T convertToEntityAttribute(String column) {
            try {
                return JSON.readValue(column, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored JSON cannot be read: " + e.getOriginalMessage(), e);
            }
        }
    }

    public static final class StringList extends Converter<List<String>> {
        public StringList() {
            super(new TypeReference<>() { });
        }
    }

    public static final class EligibilityRules extends Converter<Eligibility> {
        public EligibilityRules() {
            super(new TypeReference<>() { });
        }
    }

    public static final class ProfileDocument extends Converter<Profile> {
        public ProfileDocument() {
            super(new TypeReference<>() { });
        }
    }
}
