package dev.upward.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.upward.deploy.Manifests.SERVICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kafka topics and users follow the AsyncAPI document and the services' channel settings. */
class TopicsAndAclsTest {

    private static final Pattern DEAD_LETTERS = Pattern.compile("[Dd]ead letters to ([a-z0-9.\\-]*[a-z0-9])");

    /** Channel addresses and dead-letter topics named in the AsyncAPI document. */
    static Set<String> asyncApiTopics() {
        JsonNode asyncapi = Manifests.readYaml(Manifests.root().resolve("event-contracts/src/main/resources/contracts/asyncapi.yaml"));
        Set<String> topics = new TreeSet<>();
        asyncapi.path("channels").forEach(channel -> {
            topics.add(channel.path("address").asText());
            deadLetters(channel.path("description").asText(), topics);
        });
        asyncapi.path("operations").forEach(operation -> deadLetters(operation.path("summary").asText(), topics));
        return topics;
    }

    private static void deadLetters(String text, Set<String> topics) {
        Matcher matcher = DEAD_LETTERS.matcher(text);
        while (matcher.find()) {
            topics.add(matcher.group(1));
        }
    }

    /** Topics a service reads, by channel settings ({@code mp.messaging.incoming.*.topic}). */
    static Set<String> consumed(String service) {
        return channelValues(service, "incoming", "topic");
    }

    /**
     * Topics a service writes besides its outbox topics: outgoing channels and dead-letter queues,
     * plus {@code <topic>.dlq.analytics-service}, which analytics-service's batch inbox writes itself.
     */
    static Set<String> written(String service) {
        Set<String> topics = channelValues(service, "outgoing", "topic");
        topics.addAll(channelValues(service, "incoming", "dead-letter-queue.topic"));
        if (service.equals("analytics-service")) {
            consumed(service).forEach(t -> topics.add(t + ".dlq." + service));
        }
        return topics;
    }

    static Set<String> groups(String service) {
        return channelValues(service, "incoming", "group.id").stream()
                .map(g -> g.replaceAll("\\$\\{[A-Z_]+:([^}]*)}", "$1")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> channelValues(String service, String direction, String suffix) {
        Pattern key = Pattern.compile("mp\\.messaging\\." + direction + "\\.[a-z0-9-]+\\." + Pattern.quote(suffix));
        return Manifests.applicationProperties(service).entrySet().stream()
                .filter(e -> key.matcher(e.getKey()).matches()).map(Map.Entry::getValue)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Map<String, ObjectNode> topics(String overlay) {
        Map<String, ObjectNode> topics = new TreeMap<>();
        Manifests.ofKind(overlay, "KafkaTopic").forEach(t -> topics.put(t.path("spec").path("topicName").asText(), t));
        return topics;
    }

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void everyTopicOfTheContractsAndTheServicesHasAKafkaTopic(String overlay) {
        Set<String> needed = asyncApiTopics();
        for (String service : SERVICES) {
            needed.addAll(consumed(service));
            needed.addAll(written(service));
        }
        assertTrue(needed.size() >= 6 + SERVICES.size(), "topics found: " + needed);
        Map<String, ObjectNode> topics = topics(overlay);
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(topics.keySet());
        assertEquals(Set.of(), missing, overlay + ": topics without a KafkaTopic");
        topics.forEach((name, topic) -> {
            assertTrue(topic.path("spec").path("partitions").asInt() >= 1, name);
            assertTrue(topic.path("spec").path("config").has("retention.ms"), name + " states its retention");
            int replicas = topic.path("spec").path("replicas").asInt();
            int minIsr = Integer.parseInt(topic.path("spec").path("config").path("min.insync.replicas").asText());
            assertTrue(minIsr < replicas || replicas == 1, name + ": min.insync.replicas below replicas");
        });
    }

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void everyServiceMayReadWhatItConsumesAndWriteWhatItPublishes(String overlay) {
        JsonNode asyncapi = Manifests.readYaml(Manifests.root().resolve("event-contracts/src/main/resources/contracts/asyncapi.yaml"));
        for (String service : SERVICES) {
            ObjectNode user = Manifests.require(overlay, "KafkaUser", service);
            assertEquals("scram-sha-512", user.path("spec").path("authentication").path("type").asText());
            Set<String> reads = allowed(user, "topic", "Read");
            Set<String> writes = allowed(user, "topic", "Write");
            Set<String> groupReads = allowed(user, "group", "Read");
            assertTrue(reads.containsAll(consumed(service)), service + " reads " + consumed(service) + " but may read " + reads);
            assertTrue(writes.containsAll(written(service)), service + " writes " + written(service) + " but may write " + writes);
            assertTrue(groupReads.containsAll(groups(service)), service + " uses groups " + groups(service));
            assertTrue(writes.containsAll(byContract(asyncapi, service, "Publishes", "send")), service + " publishes " + byContract(asyncapi, service, "Publishes", "send"));
            assertTrue(reads.containsAll(byContract(asyncapi, service, "Receives", "receive")), service + " receives " + byContract(asyncapi, service, "Receives", "receive"));
            Set<String> overlap = new TreeSet<>(reads);
            overlap.retainAll(writes);
            assertEquals(Set.of(), overlap, service + " never writes what it reads");
        }
    }

    /** Topics the AsyncAPI document says a service sends to or receives from ({@code <service>Publishes<Channel>}). */
    static Set<String> byContract(JsonNode asyncapi, String service, String verb, String action) {
        String prefix = service.substring(0, service.indexOf('-')) + "Service" + verb;
        Set<String> topics = new TreeSet<>();
        asyncapi.path("operations").properties().forEach(e -> {
            if (e.getKey().startsWith(prefix) && e.getValue().path("action").asText().equals(action)) {
                String ref = e.getValue().path("channel").path("$ref").asText();
                topics.add(asyncapi.path("channels").path(ref.substring(ref.lastIndexOf('/') + 1)).path("address").asText());
            }
        });
        return topics;
    }

    private static Set<String> allowed(ObjectNode user, String type, String operation) {
        Set<String> names = new TreeSet<>();
        user.path("spec").path("authorization").path("acls").forEach(acl -> {
            boolean matches = acl.path("resource").path("type").asText().equals(type)
                    && acl.path("resource").path("patternType").asText("literal").equals("literal");
            boolean grants = false;
            for (JsonNode op : acl.path("operations")) {
                grants |= op.asText().equals(operation);
            }
            if (matches && grants) {
                names.add(acl.path("resource").path("name").asText());
            }
        });
        return names;
    }
}
