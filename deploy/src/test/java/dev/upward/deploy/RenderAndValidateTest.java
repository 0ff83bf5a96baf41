package dev.upward.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.upward.deploy.Manifests.SERVICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderAndValidateTest {

    static final List<String> PER_SERVICE_KINDS = List.of("Deployment", "Service", "HorizontalPodAutoscaler",
            "PodDisruptionBudget", "NetworkPolicy", "ServiceMonitor");

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void everyServiceHasItsObjectsAndNoSecretValueIsCommitted(String overlay) {
        for (String service : SERVICES) {
            for (String kind : PER_SERVICE_KINDS) {
                Manifests.require(overlay, kind, service);
            }
            Manifests.require(overlay, "ConfigMap", service + "-config");
        }
        Manifests.require(overlay, "ConfigMap", "upward-platform");
        Manifests.require(overlay, "PrometheusRule", "upward");
        assertEquals(List.of(), Manifests.ofKind(overlay, "Secret"), "Secrets are created by ops or operators, never rendered");
        String namespace = overlay.equals("prod") ? "upward" : "upward-" + overlay;
        for (ObjectNode object : Manifests.rendered(overlay)) {
            if (!object.path("kind").asText().equals("Namespace")) {
                assertEquals(namespace, object.path("metadata").path("namespace").asText(),
                        overlay + ": namespace of " + object.path("kind").asText() + " " + object.path("metadata").path("name").asText());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void everyObjectValidatesAgainstItsSchema(String overlay) throws IOException {
        List<ObjectNode> objects = Manifests.rendered(overlay);
        List<JsonNode> results = Schemas.validate(objects);
        List<String> withoutSchema = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (JsonNode result : results) {
            switch (result.path("status").asText()) {
                case "valid" -> { }
                case "no-schema" -> withoutSchema.add(result.toString());
                default -> invalid.add(result.toString());
            }
        }
        assertEquals(List.of(), invalid, overlay + ": objects that break their schema");
        assertEquals(List.of(), withoutSchema, overlay + ": objects without a schema");
        assertEquals(objects.size(), results.stream().filter(r -> r.path("status").asText().equals("valid")).count());
        assertTrue(objects.size() >= SERVICES.size() * PER_SERVICE_KINDS.size());
    }

    @Test
    void theValidatorRejectsABrokenDeployment() throws IOException {
        ObjectNode deployment = Manifests.require("dev", "Deployment", "matching-service").deepCopy();
        ((ObjectNode) Manifests.container(deployment).path("ports").path(0)).put("containerPort", "eighty");
        ObjectNode monitor = Manifests.require("dev", "ServiceMonitor", "matching-service").deepCopy();
        ((ObjectNode) monitor.path("spec")).put("endpoints", "not-a-list");
        // The schemas declare fields without closing objects; undeclared ones are caught all the same.
        ObjectNode misspelt = Manifests.require("dev", "Deployment", "matching-service").deepCopy();
        ((ObjectNode) Manifests.container(misspelt)).put("imagePullPolicyy", "Always");
        List<JsonNode> results = Schemas.validate(List.of(deployment, monitor, misspelt));
        assertEquals("invalid", results.get(0).path("status").asText(), results.get(0).toString());
        assertTrue(results.get(0).path("errors").toString().contains("containerPort"), results.get(0).toString());
        assertEquals("invalid", results.get(1).path("status").asText(), results.get(1).toString());
        assertEquals("invalid", results.get(2).path("status").asText(), results.get(2).toString());
        assertEquals("[\"/spec/template/spec/containers/0/imagePullPolicyy unknown field\"]", results.get(2).path("errors").toString());
    }

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void operatorResourcesReferToEachOther(String overlay) {
        List<ObjectNode> kafkas = Manifests.ofKind(overlay, "Kafka");
        assertEquals(1, kafkas.size());
        String kafka = kafkas.get(0).path("metadata").path("name").asText();
        assertEquals("enabled", kafkas.get(0).path("metadata").path("annotations").path("strimzi.io/kraft").asText());
        for (String kind : List.of("KafkaNodePool", "KafkaTopic", "KafkaUser")) {
            for (ObjectNode object : Manifests.ofKind(overlay, kind)) {
                assertEquals(kafka, object.path("metadata").path("labels").path("strimzi.io/cluster").asText(),
                        overlay + ": cluster label of " + kind + " " + object.path("metadata").path("name").asText());
            }
        }
        ObjectNode pg = Manifests.require(overlay, "Cluster", "upward-pg");
        Set<String> pgSecrets = new TreeSet<>();
        pgSecrets.add(pg.path("spec").path("bootstrap").path("initdb").path("secret").path("name").asText());
        Set<String> owners = new TreeSet<>();
        owners.add(pg.path("spec").path("bootstrap").path("initdb").path("owner").asText());
        pg.path("spec").path("managed").path("roles").forEach(r -> {
            pgSecrets.add(r.path("passwordSecret").path("name").asText());
            owners.add(r.path("name").asText());
        });
        for (ObjectNode database : Manifests.ofKind(overlay, "Database")) {
            assertEquals("upward-pg", database.path("spec").path("cluster").path("name").asText());
            assertTrue(owners.contains(database.path("spec").path("owner").asText()), "owner role of " + database);
        }
        ObjectNode keycloak = Manifests.ofKind(overlay, "Keycloak").get(0);
        assertEquals(keycloak.path("metadata").path("name").asText(),
                Manifests.ofKind(overlay, "KeycloakRealmImport").get(0).path("spec").path("keycloakCRName").asText());
        assertTrue(pgSecrets.contains(keycloak.path("spec").path("db").path("passwordSecret").path("name").asText()));
        for (String service : SERVICES) {
            ObjectNode deployment = Manifests.require(overlay, "Deployment", service);
            String database = Manifests.container(deployment).path("env").findParents("name").stream()
                    .filter(e -> e.path("name").asText().equals("DB_PASSWORD")).findFirst().orElseThrow()
                    .path("valueFrom").path("secretKeyRef").path("name").asText();
            assertTrue(pgSecrets.contains(database), service + ": its database Secret " + database + " is the password of a role");
            String kafkaSecret = Manifests.container(deployment).path("env").findParents("name").stream()
                    .filter(e -> e.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")).findFirst().orElseThrow()
                    .path("valueFrom").path("secretKeyRef").path("name").asText();
            Manifests.require(overlay, "KafkaUser", kafkaSecret);
            String url = Manifests.require(overlay, "ConfigMap", service + "-config").path("data").path("DB_URL").asText();
            String dbName = url.substring(url.lastIndexOf('/') + 1);
            assertTrue(owners.contains(dbName) && (dbName.equals(pg.path("spec").path("bootstrap").path("initdb").path("database").asText())
                    || Manifests.ofKind(overlay, "Database").stream().anyMatch(d -> d.path("spec").path("name").asText().equals(dbName))),
                    service + ": database " + dbName + " exists");
        }
    }
}
