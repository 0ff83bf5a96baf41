package dev.upward.testing;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RS256 bearer tokens shaped like the ones Keycloak issues for realm {@code upward}
 * (realm roles under realm_access.roles, audience upward-api), signed with a key that exists
 * only for tests. The services verify them for real against the matching public key.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/upward";
    public static final String AUDIENCE = "upward-api";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private TestTokens() {
    }

    /** A token for {@code username} (also its subject) with the given realm roles. */
    public static String token(String username, String... roles) {
        return sign(claims(username, List.of(roles), ISSUER, AUDIENCE, Instant.now().plusSeconds(600)));
    }

    public static String expiredToken(String username, String... roles) {
        return sign(claims(username, List.of(roles), ISSUER, AUDIENCE, Instant.now().minusSeconds(600)));
    }

    public static String tokenFromIssuer(String issuer, String username, String... roles) {
        return sign(claims(username, List.of(roles), issuer, AUDIENCE, Instant.now().plusSeconds(600)));
    }

    public static String tokenForAudience(String audience, String username, String... roles) {
        return sign(claims(username, List.of(roles), ISSUER, audience, Instant.now().plusSeconds(600)));
    }

    /** The employee_id claim of {@code username}'s tokens: the HRIS id their directory entry needs. */
    public static String employeeIdOf(String username) {
        return "E-" + username;
    }

    public static String subjectOf(String username) {
        return "sub-" + username;
    }

    static String publicKeyBase64() {
        return pemBody("test-signing-key.pub.pem");
    }

    private static Map<String, Object> claims(String username, List<String> roles, String issuer,
                                              String audience, Instant expiry) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subjectOf(username));
        claims.put("aud", audience);
        claims.put("iat", expiry.minusSeconds(900).getEpochSecond());
        claims.put("exp", expiry.getEpochSecond());
        claims.put("preferred_username", username);
        claims.put("email", username + "@example.test");
        claims.put("employee_id", employeeIdOf(username));
        claims.put("realm_access", Map.of("roles", roles));
        return claims;
    }

    private static String sign(Map<String, Object> claims) {
        try {
            String header = B64URL.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
            String payload = B64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey());
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64URL.encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static PrivateKey privateKey() throws Exception {
        byte[] der = Base64.getDecoder().decode(pemBody("test-signing-key.pem"));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static String pemBody(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from test-support");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
