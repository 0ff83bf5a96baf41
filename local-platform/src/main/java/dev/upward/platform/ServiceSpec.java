package dev.upward.platform;

import java.util.List;

/** One Upward service as the local platform runs it. */
public record ServiceSpec(String name, int port, String database) {

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("participant-service", 8081, "participant"),
            new ServiceSpec("matching-service", 8082, "matching"),
            new ServiceSpec("session-service", 8083, "session"),
            new ServiceSpec("feedback-service", 8084, "feedback"),
            new ServiceSpec("analytics-service", 8085, "analytics"));

    public String url() {
        return "http://localhost:" + port;
    }

    public static List<String> databases() {
        return ALL.stream().map(ServiceSpec::database).toList();
    }
}
