package dev.upward.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contracts are complete and consistent, and the code uses nothing they do not define. */
class ContractsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode asyncApi() throws IOException {
        try (InputStream in = ContractsTest.class.getClassLoader().getResourceAsStream(EventCatalog.ASYNCAPI)) {
            assertNotNull(in, EventCatalog.ASYNCAPI + " is missing");
            return YAML.readTree(in);
        }
    }

    /** message name (= CloudEvents type) -> topic of the channel that carries it */
    private static Map<String, String> messagesByTopic(JsonNode doc) {
        Map<String, String> messages = new HashMap<>();
        Map<String, String> nameByKey = new HashMap<>();
        doc.path("components").path("messages").fields()
                .forEachRemaining(e -> nameByKey.put(e.getKey(), e.getValue().path("name").asText(e.getKey())));
        doc.path("channels").forEach(channel -> {
            String topic = channel.path("address").asText();
            channel.path("messages").forEach(message -> {
                String ref = message.path("$ref").asText();
                String key = ref.substring(ref.lastIndexOf('/') + 1);
                messages.put(nameByKey.getOrDefault(key, key), topic);
            });
        });
        return messages;
    }

    private static Set<String> resourceNames(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(ContractsTest.class.getClassLoader().getResource("contracts/" + folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", "")).collect(Collectors.toSet());
        }
    }

    @Test
    void asyncApiIsVersion3AndEverySchemaAndExampleHasAMessage() throws Exception {
        JsonNode doc = asyncApi();
        assertTrue(doc.path("asyncapi").asText().startsWith("3."), "AsyncAPI 3.x expected");
        Set<String> messages = messagesByTopic(doc).keySet();
        assertEquals(messages, resourceNames("schemas"), "one schema per message");
        assertEquals(messages, resourceNames("examples"), "one example per message");
    }

    @Test
    void everyExampleValidatesAgainstItsSchema() throws Exception {
        for (String type : resourceNames("examples")) {
            String example;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(EventCatalog.examplePath(type))) {
                example = new String(in.readAllBytes());
            }
            assertEquals(List.of(), ContractValidator.violations(type, example), type + " example");
        }
    }

    @Test
    void schemasRejectWhatBreaksTheContract() {
        String valid = "{\"programId\":\"0b9f2c1e-4a39-4d5c-9a57-0c8f4b2d7e11\",\"name\":\"Cohort\","
                + "\"status\":\"DRAFT\",\"startsOn\":null,\"endsOn\":null,\"occurredAt\":\"2026-11-25T10:00:00Z\"}";
        assertEquals(List.of(), ContractValidator.violations(ProgramCreated.TYPE, valid));
        assertFalse(ContractValidator.violations(ProgramCreated.TYPE, valid.replace("DRAFT", "PAUSED")).isEmpty());
        assertFalse(ContractValidator.violations(ProgramCreated.TYPE, valid.replace("\"name\":\"Cohort\",", "")).isEmpty());
        assertFalse(ContractValidator.violations(ProgramCreated.TYPE, valid.replace("}", ",\"extra\":1}")).isEmpty());
        assertFalse(ContractValidator.violations(ProgramCreated.TYPE, "{not json").isEmpty());
    }

    @Test
    void idsAndTimestampsMustHaveTheirFormats() {
        String valid = "{\"programId\":\"0b9f2c1e-4a39-4d5c-9a57-0c8f4b2d7e11\",\"name\":\"Cohort\","
                + "\"status\":\"DRAFT\",\"startsOn\":null,\"endsOn\":null,\"occurredAt\":\"2026-11-25T10:00:00Z\"}";
        String id = "0b9f2c1e-4a39-4d5c-9a57-0c8f4b2d7e11";
        assertEquals(List.of(), ContractValidator.violations(ProgramCreated.TYPE, valid.replace(id, id.toUpperCase())));
        for (String notAnId : List.of("0b9f2c1e-4a39-4d5c-9a57-0c8f4b2d7e1", "0b9f2c1e-4a39-4d5c-9a57-0c8f4b2d7e111",
                "0b9f2c1e4a39-4d5c-9a57-0c8f4b2d7e11-", "0b9f2c1e-4a39-4d5c-9a57-0c8f4b2d7e1g", "{0b9f2c1e-4a39-4d5c-9a57-0c8f4b2d7e}",
                "")) {
            List<String> violations = ContractValidator.violations(ProgramCreated.TYPE, valid.replace(id, notAnId));
            assertEquals(1, violations.size(), notAnId + ": " + violations);
            assertTrue(violations.get(0).contains("programId"), violations.get(0));
        }
        assertFalse(ContractValidator.violations(ProgramCreated.TYPE, valid.replace("2026-11-25T10:00:00Z", "2026-11-25 10:00")).isEmpty());
        assertFalse(ContractValidator.violations(ProgramCreated.TYPE, valid.replace("2026-11-25T10:00:00Z", "2026-02-30T10:00:00Z")).isEmpty());
    }

    @Test
    void theUuidCheckAcceptsExactlyTheCanonicalForm() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "0123456789abcdefABCDEF-xg{} ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder candidate = new StringBuilder(java.util.UUID.randomUUID().toString());
            // mutate one or two characters, sometimes none, sometimes the length
            for (int m = random.nextInt(3); m > 0; m--) {
                candidate.setCharAt(random.nextInt(candidate.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(20) == 0) {
                candidate.deleteCharAt(random.nextInt(candidate.length()));
            }
            String text = candidate.toString();
            boolean canonical = text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
            assertEquals(canonical, UuidFormat.isUuid(text), text);
        }
    }

    @Test
    void everyTopicInCodeIsAChannelAndEveryCatalogTypeIsOnItsTopic() throws Exception {
        JsonNode doc = asyncApi();
        Set<String> channels = new HashSet<>();
        doc.path("channels").forEach(channel -> channels.add(channel.path("address").asText()));
        for (Field field : Topics.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String topic = (String) field.get(null);
                assertTrue(channels.contains(topic), "topic " + topic + " (Topics." + field.getName() + ") missing from AsyncAPI");
            }
        }
        Map<String, String> messages = messagesByTopic(doc);
        for (EventCatalog.Entry entry : EventCatalog.ALL) {
            assertEquals(entry.topic(), messages.get(entry.type()), entry.type() + " must be a message of " + entry.topic());
            assertTrue(ContractValidator.knows(entry.type()), "schema of " + entry.type());
        }
    }

    /** The payload records round-trip every example without losing or adding a field. */
    @Test
    void payloadRecordsMatchTheirSchemas() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (EventCatalog.Entry entry : EventCatalog.ALL) {
            if (entry.payload() == null) {
                continue;
            }
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(EventCatalog.examplePath(entry.type()))) {
                JsonNode example = json.readTree(in);
                Object payload = json.treeToValue(example, entry.payload());
                String written = json.writeValueAsString(payload);
                assertEquals(List.of(), ContractValidator.violations(entry.type(), written), entry.type());
                assertEquals(example, json.readTree(written), entry.type() + " loses or adds a field");
            }
        }
    }
}
