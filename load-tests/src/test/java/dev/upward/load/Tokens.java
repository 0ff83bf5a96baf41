package dev.upward.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real Keycloak tokens per user, as a front end holds them: one password grant, then refresh
 * grants shortly before the access token expires (the realm's tokens live 15 minutes, the
 * soak runs 30). Refreshing is cheap for Keycloak; a password grant hashes the password.
 */
final class Tokens {

    static final String TOKEN_URL = Endpoints.KEYCLOAK + "/realms/upward/protocol/openid-connect/token";
    private static final long REFRESH_MARGIN_MILLIS = 120_000;

    private record Held(String access, String refresh, long expiresAt) {
    }

    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    void register(String username, String password) {
        passwords.put(username, password);
    }

    /** A valid access token for {@code username}; at most one grant per user at a time. */
    String bearer(String username) {
        Held current = held.get(username);
        if (current != null && current.expiresAt - System.currentTimeMillis() > REFRESH_MARGIN_MILLIS) {
            return current.access;
        }
        return held.compute(username, (user, old) -> {
            if (old != null && old.expiresAt - System.currentTimeMillis() > REFRESH_MARGIN_MILLIS) {
                return old;
            }
            Held refreshed = old == null || old.refresh == null ? null : grant("grant_type=refresh_token&client_id=upward-frontend&refresh_token="
                    + encode(old.refresh));
            return refreshed != null ? refreshed : passwordGrant(user);
        }).access;
    }

    /** The HRIS connector's service account (client credentials). */
    String connector() {
        return held.compute("client:upward-hris-connector", (key, old) -> old != null
                && old.expiresAt - System.currentTimeMillis() > REFRESH_MARGIN_MILLIS ? old
                : require(grant("grant_type=client_credentials&client_id=upward-hris-connector&client_secret=hris-connector-secret"),
                        key)).access;
    }

    private Held passwordGrant(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no password registered for " + user);
        }
        return require(grant("grant_type=password&client_id=upward-frontend&username=" + encode(user) + "&password="
                + encode(password)), user);
    }

    private static Held require(Held held, String who) {
        if (held == null) {
            throw new IllegalStateException("Keycloak refused a token for " + who + "; is ./upward run up on port 8180?");
        }
        return held;
    }

    private static Held grant(String form) {
        Http.Answer answer = Http.form(TOKEN_URL, form);
        if (answer.status() != 200) {
            return null;
        }
        JsonNode json = answer.json();
        long lifetime = json.path("expires_in").asLong(60) * 1000;
        return new Held(json.path("access_token").asText(), json.path("refresh_token").asText(null),
                System.currentTimeMillis() + lifetime);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
