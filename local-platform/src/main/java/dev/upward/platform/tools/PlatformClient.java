package dev.upward.platform.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What the tools need to talk to a running local platform the way any client would: tokens
 * from Keycloak, the services' REST APIs and the Kafka broker. Loopback addresses only.
 */
final class PlatformClient {

    static final String KEYCLOAK_TOKEN = "http://127.0.0.1:8180/realms/upward/protocol/openid-connect/token";
    static final String PARTICIPANT = "http://127.0.0.1:8081";
    static final String KAFKA = "127.0.0.1:9092";
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A user's token through the front end's public client (password grant, demo users only). */
    String userToken(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", "upward-frontend", "username", username,
                "password", password));
    }

    /** The HRIS connector's service-account token (client credentials). */
    String connectorToken() {
        return token(Map.of("grant_type", "client_credentials", "client_id", "upward-hris-connector",
                "client_secret", "hris-connector-secret"));
    }

    private String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(KEYCLOAK_TOKEN))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body()
                    + "\nIs the platform running? Start it with ./upward run");
        }
        return read(response.body()).get("access_token").asText();
    }

    HttpResponse<String> get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build());
    }

    HttpResponse<String> post(String url, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Posts and insists on the expected status; anything else stops the tool with the answer. */
    JsonNode postExpecting(int status, String url, String token, String json) {
        HttpResponse<String> response = post(url, token, json);
        if (response.statusCode() != status) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return read(response.body());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri() + " (" + e.getMessage()
                    + "); is the platform running? Start it with ./upward run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("unexpected answer: " + json, e);
        }
    }

    /** A producer as an HRIS connector should configure one: idempotent, acks from all replicas. */
    static KafkaProducer<String, String> hrisProducer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
