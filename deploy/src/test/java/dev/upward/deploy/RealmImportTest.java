package dev.upward.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.upward.deploy.Manifests.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The KeycloakRealmImport carries exactly the realm of the local platform. With
 * {@code -Dupward.regenerate-realm-import=true} the test writes the resource from the realm
 * file instead of failing.
 */
class RealmImportTest {

    static final String HEADER = "# Generated from deploy/keycloak/upward-realm.json; RealmImportTest fails when the two differ.\n";

    @Test
    void theRealmImportIsTheLocalPlatformsRealm() throws IOException {
        Path realmFile = Manifests.root().resolve("deploy/keycloak/upward-realm.json");
        Path importFile = Manifests.root().resolve("deploy/kubernetes/base/keycloak/realm-import.yaml");
        JsonNode realm = Manifests.readJson(realmFile);
        if (Boolean.getBoolean("upward.regenerate-realm-import")) {
            ObjectNode resource = JSON.createObjectNode();
            resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
            resource.put("kind", "KeycloakRealmImport");
            resource.putObject("metadata").put("name", "upward-realm");
            ObjectNode spec = resource.putObject("spec");
            spec.put("keycloakCRName", "upward-keycloak");
            spec.set("realm", realm);
            Files.writeString(importFile, HEADER + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(resource) + "\n");
        }
        JsonNode resource = Manifests.readYaml(importFile);
        assertEquals("KeycloakRealmImport", resource.path("kind").asText());
        assertEquals(realm, resource.path("spec").path("realm"),
                "realm-import.yaml differs from upward-realm.json: run ./mvnw -pl deploy verify -Dupward.regenerate-realm-import=true");
        for (String overlay : Manifests.OVERLAYS) {
            assertEquals(realm, Manifests.require(overlay, "KeycloakRealmImport", "upward-realm").path("spec").path("realm"), overlay);
        }
    }
}
