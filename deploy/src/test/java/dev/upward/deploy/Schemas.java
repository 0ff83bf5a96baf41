package dev.upward.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static dev.upward.deploy.Manifests.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Validates objects with validate-objects.mjs under node, next to the installed validator
 * packages. The script and the files it reads are test resources, copied beside
 * node_modules on every run so that node resolves the packages from there.
 */
final class Schemas {

    static final List<String> SCRIPT_FILES = List.of("validate-objects.mjs", "unknown-fields.mjs",
            "keycloak-operator-v2alpha1.schema.json");

    private Schemas() {
    }

    /** One result per object, in order: {index, kind, name, schema, status, errors}. */
    static List<JsonNode> validate(List<? extends JsonNode> objects) throws IOException {
        Path directory = Tools.validators();
        for (String file : SCRIPT_FILES) {
            try (InputStream in = Schemas.class.getResourceAsStream("/" + file)) {
                Files.copy(in, directory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path input = Files.createTempFile("upward-objects", ".json");
        try {
            JSON.writeValue(input.toFile(), objects);
            String output = Tools.run(directory, List.of("node", directory.resolve(SCRIPT_FILES.get(0)).toString(), input.toString()));
            List<JsonNode> results = new ArrayList<>();
            for (String line : output.split("\n")) {
                if (line.startsWith("{")) {
                    results.add(JSON.readTree(line));
                }
            }
            assertEquals(objects.size(), results.size(), "one result per object:\n" + output);
            assertFalse(results.isEmpty());
            return results;
        } finally {
            Files.deleteIfExists(input);
        }
    }

    static JsonNode validate(JsonNode object) throws IOException {
        return validate(List.of(object)).get(0);
    }
}
