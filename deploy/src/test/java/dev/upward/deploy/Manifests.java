package dev.upward.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The repository, its services and the rendered overlays. */
final class Manifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final List<String> SERVICES = List.of("participant-service", "matching-service", "session-service",
            "feedback-service", "analytics-service");
    static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());
    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    static Path root() {
        String configured = System.getProperty("upward.repository.root");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
        if (!Files.isDirectory(root.resolve("deploy/kubernetes"))) {
            throw new IllegalStateException("not the repository root: " + root);
        }
        return root;
    }

    static Path overlay(String name) {
        return root().resolve("deploy/kubernetes/overlays").resolve(name);
    }

    /** Every object of an overlay, as {@code kubectl kustomize} renders it. */
    static List<ObjectNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> parseAll(Tools.run(root(),
                List.of(Tools.kubectl().toString(), "kustomize", overlay(o).toString()))));
    }

    static List<ObjectNode> parseAll(String yaml) {
        try {
            List<ObjectNode> objects = new ArrayList<>();
            for (JsonNode node : YAML.readValues(YAML.createParser(yaml), JsonNode.class).readAll()) {
                if (node != null && node.isObject()) {
                    objects.add((ObjectNode) node);
                }
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> ofKind(String overlay, String kind) {
        return rendered(overlay).stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    static Optional<ObjectNode> named(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream().filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
    }

    static ObjectNode require(String overlay, String kind, String name) {
        return named(overlay, kind, name).orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
    }

    static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service's application.properties, in file order. */
    static Map<String, String> applicationProperties(String service) {
        return properties(root().resolve(service).resolve("src/main/resources/application.properties"));
    }

    static Map<String, String> sharedDefaults() {
        return properties(root().resolve("commons/src/main/resources/META-INF/microprofile-config.properties"));
    }

    static Map<String, String> properties(Path file) {
        Map<String, String> ordered = new LinkedHashMap<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                ordered.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ordered;
    }

    static JsonNode container(ObjectNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").path(0);
    }
}
