package dev.upward.participant.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.upward.commons.persistence.JsonTextConverter;
import dev.upward.participant.domain.Eligibility;
import dev.upward.participant.domain.Profile;

import java.util.List;

/** The JSON text columns of participant-service's entities. */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static final class StringList extends JsonTextConverter<List<String>> {
        public StringList() {
            super(new TypeReference<>() { });
        }
    }

    public static final class EligibilityRules extends JsonTextConverter<Eligibility> {
        public EligibilityRules() {
            super(new TypeReference<>() { });
        }
    }

    public static final class ProfileDocument extends JsonTextConverter<Profile> {
        public ProfileDocument() {
            super(new TypeReference<>() { });
        }
    }
}
