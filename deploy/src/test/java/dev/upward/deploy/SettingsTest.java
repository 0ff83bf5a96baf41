package dev.upward.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.upward.deploy.Manifests.SERVICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every environment variable a service reads is set by its Deployment, or deliberately left alone. */
class SettingsTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    /** Variables whose default is right in every environment, with the reason. */
    static final Map<String, String> LEFT_AT_DEFAULT = Map.of();

    /** Variables that carry credentials and must come from a Secret. */
    static final Set<String> SECRET = Set.of("DB_PASSWORD", "DB_USER", "REPORT_LINK_SECRET", "KAFKA_SASL_JAAS_CONFIG");

    /** {@code VAR -> default} for every {@code ${VAR:default}} a service's configuration reads. */
    static Map<String, String> variables(String service) {
        Map<String, String> variables = new TreeMap<>();
        Map<String, String> all = new TreeMap<>(Manifests.sharedDefaults());
        all.putAll(Manifests.applicationProperties(service));
        all.forEach((key, value) -> {
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                return;
            }
            Matcher matcher = VARIABLE.matcher(value);
            while (matcher.find()) {
                variables.put(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2));
            }
        });
        return variables;
    }

    /** Names the Deployment sets: its env entries and the keys of the ConfigMaps it loads. */
    static Map<String, JsonNode> provided(String overlay, String service) {
        Map<String, JsonNode> provided = new TreeMap<>();
        JsonNode container = Manifests.container(Manifests.require(overlay, "Deployment", service));
        for (JsonNode source : container.path("envFrom")) {
            assertTrue(source.has("configMapRef"), service + ": only ConfigMaps are loaded whole");
            ObjectNode configMap = Manifests.require(overlay, "ConfigMap", source.path("configMapRef").path("name").asText());
            configMap.path("data").fieldNames().forEachRemaining(k -> provided.put(k, configMap));
        }
        for (JsonNode env : container.path("env")) {
            provided.put(env.path("name").asText(), env);
        }
        return provided;
    }

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void everyVariableAServiceReadsIsProvided(String overlay) {
        for (String service : SERVICES) {
            Map<String, String> variables = variables(service);
            assertTrue(variables.keySet().containsAll(Set.of("DB_URL", "DB_JDBC_URL", "DB_USER", "DB_PASSWORD",
                    "KAFKA_BOOTSTRAP_SERVERS", "OIDC_AUTH_SERVER_URL", "LOG_JSON", "OTEL_SDK_DISABLED")), service + " " + variables);
            Map<String, JsonNode> provided = provided(overlay, service);
            Set<String> missing = new TreeSet<>(variables.keySet());
            missing.removeAll(provided.keySet());
            missing.removeAll(LEFT_AT_DEFAULT.keySet());
            assertEquals(Set.of(), missing, overlay + "/" + service + ": variables read but not set");
        }
    }

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void credentialsComeFromSecretsOnly(String overlay) {
        for (String service : SERVICES) {
            provided(overlay, service).forEach((name, source) -> {
                if (SECRET.contains(name)) {
                    assertTrue(source.path("valueFrom").has("secretKeyRef"), overlay + "/" + service + ": " + name + " from a Secret");
                } else {
                    assertTrue(!source.has("valueFrom") || !source.path("valueFrom").has("secretKeyRef")
                            || name.startsWith("KAFKA_SASL"), name);
                }
                assertTrue(!name.matches(".*(PASSWORD|SECRET|JAAS).*") || SECRET.contains(name), name + " is listed as a secret");
            });
        }
    }

    @Test
    void theRunbookDocumentsEverySettingAndSecret() throws IOException {
        String readme = Files.readString(Manifests.root().resolve("deploy/README.md"));
        for (String service : SERVICES) {
            for (String variable : variables(service).keySet()) {
                assertTrue(readme.contains("`" + variable + "`"), "deploy/README.md documents " + variable);
            }
            for (String overlay : Manifests.OVERLAYS) {
                for (JsonNode env : Manifests.container(Manifests.require(overlay, "Deployment", service)).path("env")) {
                    String secret = env.path("valueFrom").path("secretKeyRef").path("name").asText();
                    if (!secret.isEmpty()) {
                        assertTrue(readme.contains(secret.startsWith("upward-") ? "`" + secret + "`" : "`<service>`")
                                || readme.contains("`" + secret + "`"), "deploy/README.md names the Secret " + secret);
                    }
                }
            }
        }
    }
}
