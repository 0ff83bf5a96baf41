package dev.upward.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operators' resources are validated by the schema of their own API group, and each of
 * those validations rejects a wrong type and an undeclared field, so none of them passes
 * everything.
 */
class OperatorSchemasTest {

    /** Where each operator group's schema comes from, as validate-objects.mjs reports it. */
    static final Map<String, String> SCHEMA_SOURCES = Map.of(
            "kafka.strimzi.io/v1beta2", "@kubernetes-models/strimzi-kafka-operator KafkaStrimziIoV1beta2",
            "postgresql.cnpg.io/v1", "@kubernetes-models/cloudnative-pg ComGithubCloudnativePgCloudnativePgApiV1",
            "k8s.keycloak.org/v2alpha1", "keycloak-operator-v2alpha1.schema.json#/definitions/");

    /** A change to one field of a rendered dev object, and the path the validator must name. */
    record Mutation(String kind, String name, String parent, String field, JsonNode value) {
        String path() {
            return parent + "/" + field;
        }

        @Override
        public String toString() {
            return kind + " " + name + " " + path() + " = " + value;
        }
    }

    static final List<Mutation> MUTATIONS = List.of(
            // Strimzi
            new Mutation("Kafka", "upward-kafka", "/spec/kafka/listeners/0", "tlss", BooleanNode.TRUE),
            new Mutation("Kafka", "upward-kafka", "/spec/kafka/listeners/0/authentication", "type", TextNode.valueOf("scram-sha-1")),
            new Mutation("KafkaNodePool", "dual-role", "/spec", "replicas", TextNode.valueOf("three")),
            new Mutation("KafkaNodePool", "dual-role", "/spec/storage/volumes/0", "sise", TextNode.valueOf("5Gi")),
            new Mutation("KafkaTopic", "upward-matches-v1", "/spec", "partitions", TextNode.valueOf("six")),
            new Mutation("KafkaTopic", "upward-matches-v1", "/spec", "partition", IntNode.valueOf(6)),
            new Mutation("KafkaUser", "matching-service", "/spec/authorization/acls/0", "operations", array("Eat")),
            new Mutation("KafkaUser", "matching-service", "/spec/authentication", "password", TextNode.valueOf("secret")),
            // CloudNativePG
            new Mutation("Cluster", "upward-pg", "/spec", "instances", TextNode.valueOf("one")),
            new Mutation("Cluster", "upward-pg", "/spec/bootstrap/initdb", "ownr", TextNode.valueOf("participant")),
            new Mutation("Database", "upward-matching", "/spec", "ensure", TextNode.valueOf("maybe")),
            new Mutation("Database", "upward-matching", "/spec", "owners", TextNode.valueOf("matching")),
            // Keycloak Operator
            new Mutation("Keycloak", "upward-keycloak", "/spec", "instances", TextNode.valueOf("two")),
            new Mutation("Keycloak", "upward-keycloak", "/spec/hostname", "hostnam", TextNode.valueOf("auth.upward.example")),
            new Mutation("Keycloak", "upward-keycloak", "/spec/proxy", "headers", TextNode.valueOf("forwarded-for")),
            new Mutation("Keycloak", "upward-keycloak", "/metadata", "lables", Manifests.JSON.createObjectNode().put("app", "keycloak")),
            new Mutation("KeycloakRealmImport", "upward-realm", "/spec", "keycloakCRName", IntNode.valueOf(1)),
            new Mutation("KeycloakRealmImport", "upward-realm", "/spec", "keycloakCrName", TextNode.valueOf("upward-keycloak")));

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void operatorResourcesAreValidatedByTheirGroupsSchema(String overlay) throws IOException {
        List<ObjectNode> objects = Manifests.rendered(overlay).stream()
                .filter(o -> SCHEMA_SOURCES.containsKey(o.path("apiVersion").asText())).toList();
        List<JsonNode> results = Schemas.validate(objects);
        for (int i = 0; i < objects.size(); i++) {
            String expected = SCHEMA_SOURCES.get(objects.get(i).path("apiVersion").asText()) + objects.get(i).path("kind").asText();
            assertEquals(expected, results.get(i).path("schema").asText(), results.get(i).toString());
            assertEquals("valid", results.get(i).path("status").asText(), results.get(i).toString());
        }
        for (String kind : List.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster", "Database", "Keycloak", "KeycloakRealmImport")) {
            assertTrue(objects.stream().anyMatch(o -> o.path("kind").asText().equals(kind)), overlay + ": has a " + kind);
        }
    }

    @ParameterizedTest
    @FieldSource("MUTATIONS")
    void aMutatedOperatorResourceIsRejected(Mutation mutation) throws IOException {
        ObjectNode object = Manifests.require("dev", mutation.kind(), mutation.name()).deepCopy();
        JsonNode parent = object.at(mutation.parent());
        assertTrue(parent.isObject(), mutation + ": the manifest has " + mutation.parent());
        ((ObjectNode) parent).set(mutation.field(), mutation.value());
        JsonNode result = Schemas.validate(object);
        assertEquals("invalid", result.path("status").asText(), mutation + ": " + result);
        assertTrue(result.path("errors").toString().contains(mutation.path()), mutation + ": " + result);
    }

    private static ArrayNode array(String... values) {
        ArrayNode array = Manifests.JSON.createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
