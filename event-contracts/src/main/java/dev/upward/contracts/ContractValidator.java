package dev.upward.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates event payloads against the JSON Schemas in {@code contracts/schemas}. Consumers
 * use it to reject (dead-letter) payloads that break the contract; tests use it to prove that
 * what a service publishes honours it.
 */
public final class ContractValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            factory -> factory.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012()).format(new UuidFormat()).build()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, Optional<JsonSchema>> SCHEMAS = new ConcurrentHashMap<>();

    private ContractValidator() {
    }

    /** Whether a schema exists for this CloudEvents type. */
    public static boolean knows(String type) {
        return schema(type).isPresent();
    }

    /**
     * The contract violations of {@code payload} for event {@code type}: empty when valid.
     *
     * @throws IllegalArgumentException when the type has no schema
     */
    public static List<String> violations(String type, String payload) {
        JsonSchema schema = schema(type).orElseThrow(() -> new IllegalArgumentException("no schema for event type " + type));
        JsonNode node;
        try {
            node = JSON.readTree(payload);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return violations(type, node);
    }

    /** The same for a payload the caller has parsed already, so it is not parsed twice. */
    public static List<String> violations(String type, JsonNode payload) {
        JsonSchema schema = schema(type).orElseThrow(() -> new IllegalArgumentException("no schema for event type " + type));
        if (payload == null || payload.isMissingNode()) {
            return List.of("empty payload");
        }
        // nearly every payload is valid: a fail-fast yes/no first, the explanations only when it is not
        if (schema.validate(payload, OutputFormat.BOOLEAN)) {
            return List.of();
        }
        Set<ValidationMessage> messages = schema.validate(payload);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static Optional<JsonSchema> schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            if (!t.matches("[a-z0-9.-]+")) {
                return Optional.empty();
            }
            try (InputStream in = ContractValidator.class.getClassLoader().getResourceAsStream(EventCatalog.schemaPath(t))) {
                if (in == null) {
                    return Optional.empty();
                }
                return Optional.of(FACTORY.getSchema(JSON.readTree(in), CONFIG));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the schema of " + t, e);
            }
        });
    }
}
