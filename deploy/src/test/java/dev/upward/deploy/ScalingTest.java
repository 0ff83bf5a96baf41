package dev.upward.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.Map;

import static dev.upward.deploy.Manifests.SERVICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replicas, disruption budgets and autoscaling, and consumers within the partitions. */
class ScalingTest {

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void consumersPerGroupNeverExceedPartitions(String overlay) {
        Map<String, ObjectNode> topics = TopicsAndAclsTest.topics(overlay);
        for (String service : SERVICES) {
            int maxReplicas = Manifests.require(overlay, "HorizontalPodAutoscaler", service).path("spec").path("maxReplicas").asInt();
            Map<String, String> properties = Manifests.applicationProperties(service);
            JsonNode config = Manifests.require(overlay, "ConfigMap", service + "-config").path("data");
            properties.forEach((key, value) -> {
                if (key.matches("mp\\.messaging\\.incoming\\.[a-z0-9-]+\\.topic")) {
                    String channel = key.substring(0, key.length() - ".topic".length());
                    int concurrency = concurrency(properties.get(channel + ".concurrency"), properties, config);
                    int partitions = topics.get(value).path("spec").path("partitions").asInt();
                    assertTrue(maxReplicas * concurrency <= partitions, overlay + "/" + service + ": " + maxReplicas
                            + " replicas x " + concurrency + " consumers on " + value + " with " + partitions + " partitions");
                }
            });
        }
    }

    /** Resolves {@code ${VAR:default}} and {@code ${property}} the way the service would. */
    private static int concurrency(String value, Map<String, String> properties, JsonNode config) {
        if (value == null) {
            return 1;
        }
        var variable = java.util.regex.Pattern.compile("\\$\\{([A-Z_]+):([^}]*)}").matcher(value);
        if (variable.matches()) {
            return Integer.parseInt(config.path(variable.group(1)).asText(variable.group(2)));
        }
        var property = java.util.regex.Pattern.compile("\\$\\{([a-z0-9.-]+)}").matcher(value);
        if (property.matches()) {
            return concurrency(properties.get(property.group(1)), properties, config);
        }
        return Integer.parseInt(value);
    }

    @Test
    void prodRunsAtLeastTwoOfEverythingWithJsonLogs() {
        for (String service : SERVICES) {
            assertTrue(Manifests.require("prod", "Deployment", service).path("spec").path("replicas").asInt() >= 2, service);
            assertEquals(1, Manifests.require("prod", "PodDisruptionBudget", service).path("spec").path("minAvailable").asInt(), service);
            JsonNode hpa = Manifests.require("prod", "HorizontalPodAutoscaler", service).path("spec");
            assertTrue(hpa.path("minReplicas").asInt() >= 2 && hpa.path("maxReplicas").asInt() > hpa.path("minReplicas").asInt(), service);
            assertEquals(1, Manifests.require("dev", "Deployment", service).path("spec").path("replicas").asInt(), service);
        }
        assertEquals("true", Manifests.require("prod", "ConfigMap", "upward-platform").path("data").path("LOG_JSON").asText());
        assertTrue(Manifests.require("prod", "Cluster", "upward-pg").path("spec").path("instances").asInt() >= 3);
        assertTrue(Manifests.require("prod", "Cluster", "upward-pg").path("spec").path("backup").has("barmanObjectStore"));
        assertTrue(Manifests.require("prod", "KafkaNodePool", "dual-role").path("spec").path("replicas").asInt() >= 3);
        TopicsAndAclsTest.topics("prod").forEach((name, topic) ->
                assertEquals(3, topic.path("spec").path("replicas").asInt(), name));
        assertEquals(1, Manifests.require("dev", "KafkaNodePool", "dual-role").path("spec").path("replicas").asInt());
        TopicsAndAclsTest.topics("dev").forEach((name, topic) ->
                assertEquals(1, topic.path("spec").path("replicas").asInt(), name + ": one broker in dev"));
    }
}
