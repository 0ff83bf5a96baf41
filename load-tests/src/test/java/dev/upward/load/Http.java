package dev.upward.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The small blocking client the fixture, the checks and the fault injector use outside
 * Gatling's measured requests.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        Answer expect(int wanted, String what) {
            if (status != wanted) {
                throw new IllegalStateException(what + ": expected " + wanted + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    private Http() {
    }

    static Answer get(String url, String token) {
        return send("GET", url, token, null, "application/json");
    }

    static Answer post(String url, String token, Object body) {
        return send("POST", url, token, body, "application/json");
    }

    static Answer put(String url, String token, Object body) {
        return send("PUT", url, token, body, "application/json");
    }

    static Answer form(String url, String form) {
        return send("POST", url, null, form, "application/x-www-form-urlencoded");
    }

    static Answer send(String method, String url, String token, Object body, String contentType) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
            if (text != null) {
                request.header("Content-Type", contentType);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    /** Asks again every 300 ms until the answer is accepted, or fails after {@code seconds}. */
    static Answer until(String what, int seconds, java.util.function.Supplier<Answer> call, Predicate<Answer> accepted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Answer last = call.get();
        while (!accepted.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not reached within " + seconds + " s: " + what + " (last answer " + last.status()
                        + ": " + abbreviate(last.body()) + ")");
            }
            pause(300);
            last = call.get();
        }
        return last;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
