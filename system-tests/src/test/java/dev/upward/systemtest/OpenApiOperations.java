package dev.upward.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;

/**
 * Every operation of every service, read from the OpenAPI documents the running services
 * serve. Tests iterate over these, so an endpoint added later is covered without anyone
 * remembering to list it.
 */
final class OpenApiOperations {

    static final Map<String, String> SERVICES = Map.of(
            "participant-service", ProgrammeFlow.PARTICIPANT, "matching-service", ProgrammeFlow.MATCHING,
            "session-service", ProgrammeFlow.SESSION, "feedback-service", ProgrammeFlow.FEEDBACK,
            "analytics-service", ProgrammeFlow.ANALYTICS);

    /**
     * One operation. {@code roles} empty means it needs no token. {@code body} is the JSON
     * Schema of its JSON request body (references resolved), or null.
     */
    record Operation(String service, String baseUrl, String method, String path, Set<String> roles, List<Parameter> parameters,
                     JsonNode body, List<String> bodyMediaTypes, JsonNode document) {

        boolean isPublic() {
            return roles.isEmpty();
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + baseUrl + path;
        }
    }

    record Parameter(String name, String in, JsonNode schema) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<Operation> all;

    private OpenApiOperations() {
    }

    static synchronized List<Operation> all() throws IOException {
        if (all != null) {
            return all;
        }
        List<Operation> found = new ArrayList<>();
        for (Map.Entry<String, String> service : new java.util.TreeMap<>(SERVICES).entrySet()) {
            String text = given().baseUri(service.getValue()).accept("application/json").get("/q/openapi?format=json").asString();
            JsonNode doc = JSON.readTree(text);
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
                while (methods.hasNext()) {
                    Map.Entry<String, JsonNode> m = methods.next();
                    JsonNode op = m.getValue();
                    Set<String> roles = new TreeSet<>();
                    op.path("security").forEach(requirement -> requirement.elements()
                            .forEachRemaining(scopes -> scopes.forEach(r -> roles.add(r.asText()))));
                    List<Parameter> parameters = new ArrayList<>();
                    op.path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                            resolve(doc, p.path("schema")))));
                    JsonNode content = op.path("requestBody").path("content");
                    List<String> mediaTypes = new ArrayList<>();
                    content.fieldNames().forEachRemaining(mediaTypes::add);
                    JsonNode body = content.has("application/json") ? resolve(doc, content.path("application/json").path("schema")) : null;
                    found.add(new Operation(service.getKey(), service.getValue(), m.getKey().toUpperCase(), path.getKey(),
                            roles, parameters, body, mediaTypes, doc));
                }
            }
        }
        all = List.copyOf(found);
        return all;
    }

    /** Follows a local {@code $ref} (one level at a time; callers resolve nested ones as they descend). */
    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            current = doc.at(URI.create(ref).getFragment());
        }
        return current;
    }

    /** The path with every template variable replaced by {@code value}. */
    static String fill(String path, java.util.function.Function<String, String> value) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            int open = path.indexOf('{', i);
            if (open < 0) {
                out.append(path.substring(i));
                break;
            }
            int close = path.indexOf('}', open);
            out.append(path, i, open).append(value.apply(path.substring(open + 1, close)));
            i = close + 1;
        }
        return out.toString();
    }
}
