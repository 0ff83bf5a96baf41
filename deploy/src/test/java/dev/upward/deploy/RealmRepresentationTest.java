package dev.upward.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.keycloak.representations.idm.RealmRepresentation;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Keycloak Operator reads a KeycloakRealmImport's {@code spec.realm} as Keycloak's
 * {@link RealmRepresentation}. Read strictly here, so that a field Keycloak does not know,
 * which it would drop without a word, or a value of the wrong type fails the build instead.
 */
class RealmRepresentationTest {

    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            // "900" for a number or "true" for a boolean would otherwise be converted quietly.
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    static RealmRepresentation read(JsonNode realm) throws IOException {
        return STRICT.treeToValue(realm, RealmRepresentation.class);
    }

    static ObjectNode realm() {
        return Manifests.require("dev", "KeycloakRealmImport", "upward-realm").path("spec").path("realm").deepCopy();
    }

    @ParameterizedTest
    @FieldSource("dev.upward.deploy.Manifests#OVERLAYS")
    void theImportedRealmIsARealmRepresentation(String overlay) throws IOException {
        JsonNode realm = Manifests.require(overlay, "KeycloakRealmImport", "upward-realm").path("spec").path("realm");
        RealmRepresentation read = read(realm);
        assertEquals("upward", read.getRealm());
        assertTrue(read.getRoles().getRealm().stream().anyMatch(r -> r.getName().equals("program-admin")));
        assertTrue(read.getClients().size() >= 2, "clients of the realm");
    }

    @Test
    void aMisspeltRealmFieldIsRejected() {
        ObjectNode realm = realm();
        realm.put("sslRequird", "none");
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class, () -> read(realm));
        assertEquals("sslRequird", e.getPropertyName());
    }

    @Test
    void aMisspeltClientFieldIsRejected() {
        ObjectNode realm = realm();
        ((ObjectNode) realm.path("clients").path(0)).put("publicClent", true);
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class, () -> read(realm));
        assertEquals("publicClent", e.getPropertyName());
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() {
        ObjectNode realm = realm();
        realm.put("accessTokenLifespan", "900");
        assertThrows(MismatchedInputException.class, () -> read(realm));
        ObjectNode other = realm();
        other.putObject("enabled");
        assertThrows(MismatchedInputException.class, () -> read(other));
    }
}
