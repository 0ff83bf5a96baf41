package dev.upward.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input against every operation of every OpenAPI document, as a caller allowed to use
 * it: malformed and mistyped bodies, missing and extra fields, huge and odd unicode strings,
 * bad ids and bad query values. Nothing may answer 5xx, and every 4xx is a problem document.
 * Then a malformed record on every consumed topic must reach each consumer's dead-letter topic.
 */
@ExtendWith(SharedPlatform.class)
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "x".repeat(100_000);
    private static final String ODD_UNICODE = "Zoë 🚀 עברית \u202Eevil\u202C \u0000 ﷽ ";
    /** On each topic, a type every consumer of it handles, so the broken payload is really read. */
    private static final Map<String, String> POISON_TYPES = Map.of(
            "hris.employees.v1", "hris.employee.hired.v1",
            "upward.programs.v1", "upward.program.created.v1",
            "upward.participants.v1", "upward.participant.enrolled.v1",
            "upward.matches.v1", "upward.match.accepted.v1",
            "upward.mentorships.v1", "upward.mentorship.started.v1",
            "upward.feedback.v1", "upward.rematch.requested.v1");
    private static final Path ROOT = Path.of(System.getProperty("upward.root", "..")).toAbsolutePath().normalize();

    /** The token of a caller who holds one of the operation's roles. */
    private static String callerFor(OpenApiOperations.Operation op) {
        Set<String> roles = op.roles();
        if (roles.contains("participant")) {
            return Keycloak.participant();
        }
        if (roles.contains("program-admin")) {
            return Keycloak.admin();
        }
        if (roles.contains("analyst")) {
            return Keycloak.analyst();
        }
        if (roles.contains("hris-connector")) {
            return Keycloak.serviceAccount("upward-hris-connector", "hris-connector-secret");
        }
        return Keycloak.serviceAccount("upward-services", "services-secret");
    }

    /** The bodies to try for a JSON body schema. */
    static Map<String, String> hostileBodies(JsonNode doc, JsonNode schema) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"a\":");
        bodies.put("an array instead of an object", "[]");
        bodies.put("null", "null");
        bodies.put("an empty object (required fields missing)", "{}");
        bodies.put("an unknown field", "{\"surelyNotAField\": 1}");
        bodies.put("invalid UTF-16 escape", "{\"x\": \"\\uD83D\"}");
        JsonNode properties = schema == null ? null : schema.path("properties");
        if (properties == null || !properties.isObject()) {
            return bodies;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode type = OpenApiOperations.resolve(doc, field.getValue());
            String kind = type == null ? "" : type.path("type").asText("");
            ObjectNode wrong = JSON.createObjectNode();
            switch (kind) {
                case "string" -> wrong.put(field.getKey(), 12345);
                case "integer", "number" -> wrong.put(field.getKey(), "not a number");
                case "boolean" -> wrong.put(field.getKey(), "maybe");
                case "array" -> wrong.putObject(field.getKey()).put("not", "a list");
                default -> wrong.put(field.getKey(), "not an object");
            }
            bodies.put(field.getKey() + " of the wrong type", wrong.toString());
            if (kind.equals("string")) {
                bodies.put(field.getKey() + " 100,000 characters long", JSON.createObjectNode().put(field.getKey(), HUGE).toString());
                bodies.put(field.getKey() + " with odd unicode", JSON.createObjectNode().put(field.getKey(), ODD_UNICODE).toString());
            }
            if (kind.equals("integer") || kind.equals("number")) {
                bodies.put(field.getKey() + " beyond any range", "{\"" + field.getKey() + "\": 99999999999999999999999}");
                bodies.put(field.getKey() + " negative", "{\"" + field.getKey() + "\": -1}");
            }
            if (kind.equals("array")) {
                ObjectNode many = JSON.createObjectNode();
                var list = many.putArray(field.getKey());
                for (int i = 0; i < 5000; i++) {
                    list.add(ODD_UNICODE + i);
                }
                bodies.put(field.getKey() + " with 5,000 entries", many.toString());
            }
        }
        return bodies;
    }

    private static void expectClean(List<String> wrong, OpenApiOperations.Operation op, String what, Response answer) {
        int status = answer.statusCode();
        boolean problem = answer.contentType() != null && answer.contentType().startsWith("application/problem+json");
        if (status >= 500 || (status >= 400 && !problem)) {
            String line = op + " with " + what + ": " + status + " " + answer.contentType();
            System.out.println("unclean answer: " + line);
            wrong.add(line);
        }
    }

    @Test
    void noOperationCrashesOnHostileInputAndEveryRefusalIsAProblemDocument() throws Exception {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (OpenApiOperations.Operation op : OpenApiOperations.all()) {
            if (op.isPublic() || op.path().endsWith("/erasure")) {
                continue; // public ones are fuzzed below; erasing the demo users would change what other tests rely on
            }
            String token = callerFor(op);
            // bad path values
            if (!op.in("path").isEmpty()) {
                for (String bad : List.of("not-a-uuid", "%F0%9F%9A%80", "a".repeat(2000), "..%2F..%2Fetc")) {
                    Response answer = request(op, token).request(op.method(), OpenApiOperations.fill(op.path(), n -> bad));
                    calls++;
                    expectClean(wrong, op, "path value " + bad.substring(0, Math.min(12, bad.length())), answer);
                }
            }
            String path = OpenApiOperations.fill(op.path(), n -> n.equals("table") ? "enrolment" : UUID.randomUUID().toString());
            // bad query values
            for (OpenApiOperations.Parameter q : op.in("query")) {
                for (String bad : List.of("-1", "abc", "99999999999999", "", ODD_UNICODE)) {
                    Response answer = request(op, token).queryParam(q.name(), bad).request(op.method(), path);
                    calls++;
                    expectClean(wrong, op, "query " + q.name() + "=" + bad, answer);
                }
            }
            // hostile bodies
            if (op.body() != null) {
                for (Map.Entry<String, String> body : hostileBodies(op.document(), op.body()).entrySet()) {
                    Response answer = request(op, token).contentType("application/json").body(body.getValue())
                            .request(op.method(), path);
                    calls++;
                    expectClean(wrong, op, body.getKey(), answer);
                }
            } else if (!op.bodyMediaTypes().isEmpty()) {
                for (String bad : List.of("", "\u0000\u0001binary", HUGE)) {
                    Response answer = request(op, token).contentType(op.bodyMediaTypes().get(0)).body(bad).request(op.method(), path);
                    calls++;
                    expectClean(wrong, op, "a " + op.bodyMediaTypes().get(0) + " body of " + bad.length() + " chars", answer);
                }
                Response json = request(op, token).contentType("application/json").body("{}").request(op.method(), path);
                calls++;
                expectClean(wrong, op, "the wrong media type", json);
            }
        }
        for (OpenApiOperations.Operation op : OpenApiOperations.all()) {
            if (op.isPublic()) {
                for (String bad : List.of("not-a-token", "%00", "a".repeat(2000))) {
                    Response answer = given().baseUri(op.baseUrl()).request(op.method(), OpenApiOperations.fill(op.path(), n -> bad));
                    calls++;
                    expectClean(wrong, op, "path value " + bad.substring(0, Math.min(12, bad.length())), answer);
                }
            }
        }
        System.out.println("hostile input: " + calls + " calls, " + wrong.size() + " unclean answers");
        assertEquals(List.of(), wrong, calls + " calls");
        assertTrue(calls > 500, "calls made: " + calls);
    }

    private static RequestSpecification request(OpenApiOperations.Operation op, String token) {
        return given().baseUri(op.baseUrl()).auth().oauth2(token).redirects().follow(false);
    }

    /** (topic, consuming service) from the AsyncAPI document's receive operations. */
    static Map<String, Set<String>> consumersInAsyncApi() throws IOException {
        JsonNode doc;
        try (InputStream in = HostileInputIT.class.getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            doc = new YAMLMapper().readTree(in);
        }
        Map<String, Set<String>> consumers = new TreeMap<>();
        doc.path("operations").fields().forEachRemaining(op -> {
            if (op.getValue().path("action").asText().equals("receive")) {
                String channel = op.getValue().path("channel").path("$ref").asText().replace("#/channels/", "");
                String topic = doc.path("channels").path(channel).path("address").asText();
                String service = op.getValue().path("bindings").path("kafka").path("groupId").path("enum").path(0).asText();
                consumers.computeIfAbsent(topic, t -> new TreeSet<>()).add(service);
            }
        });
        return consumers;
    }

    /** (topic, consuming service) from the services' own configuration. */
    static Map<String, Set<String>> consumersInCode() throws IOException {
        Map<String, Set<String>> consumers = new TreeMap<>();
        for (String service : OpenApiOperations.SERVICES.keySet()) {
            for (String line : Files.readAllLines(ROOT.resolve(service + "/src/main/resources/application.properties"))) {
                if (line.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic=.*")) {
                    consumers.computeIfAbsent(line.substring(line.indexOf('=') + 1).trim(), t -> new TreeSet<>()).add(service);
                }
            }
        }
        return consumers;
    }

    /** The dead-letter topic a service writes refused records of {@code topic} to: one rule for every consumer. */
    static String deadLetterTopic(String service, String topic) {
        return dev.upward.contracts.Topics.deadLetter(topic, service);
    }

    @Test
    void theAsyncApiDocumentNamesExactlyTheConsumersTheServicesRun() throws IOException {
        assertEquals(consumersInCode(), consumersInAsyncApi());
    }

    @Test
    void aMalformedRecordOnEveryConsumedTopicReachesEachConsumersDeadLetterTopic() throws Exception {
        Map<String, Set<String>> consumers = consumersInCode();
        Map<String, String> keys = new TreeMap<>();
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
            for (String topic : consumers.keySet()) {
                String key = "poison-" + UUID.randomUUID();
                keys.put(topic, key);
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, "{\"this is\": not json");
                record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_type", POISON_TYPES.get(topic).getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_source", "/system-test/poison".getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Set<String>> topic : consumers.entrySet()) {
            for (String service : topic.getValue()) {
                String dlq = deadLetterTopic(service, topic.getKey());
                if (!arrives(dlq, keys.get(topic.getKey()))) {
                    missing.add(topic.getKey() + " → " + service + " → " + dlq);
                }
            }
        }
        assertEquals(List.of(), missing, "malformed records that did not reach a dead-letter topic");
        // the consumers kept going: the flow's services still answer and the poison did not stop them
        for (String url : OpenApiOperations.SERVICES.values()) {
            given().baseUri(url).get("/q/health/ready").then().statusCode(200);
        }
    }

    private static boolean arrives(String topic, String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-dlq-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
