package dev.upward.participant.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.upward.commons.persistence.JsonTextConverter;
import dev.upward.participant.domain.Eligibility;
import dev.upward.participant.domain.Profile;
import jakarta.persistence.Converter;

import java.util.List;

/**
 * The JSON text columns of participant-service's entities. Applied by attribute type
 * ({@code autoApply}) so that the entities in {@code domain} need not name this package.
 */
public final class JsonColumns {

    private JsonColumns() {
    }

    /** Every {@code List<String>} field: employee languages, programme objectives and focus topics. */
    @Converter(autoApply = true)
    public static final class StringList extends JsonTextConverter<List<String>> {
        public StringList() {
            super(new TypeReference<>() { });
        }
    }

    @Converter(autoApply = true)
    public static final class EligibilityRules extends JsonTextConverter<Eligibility> {
        public EligibilityRules() {
            super(new TypeReference<>() { });
        }
    }

    @Converter(autoApply = true)
    public static final class ProfileDocument extends JsonTextConverter<Profile> {
        public ProfileDocument() {
            super(new TypeReference<>() { });
        }
    }
}
