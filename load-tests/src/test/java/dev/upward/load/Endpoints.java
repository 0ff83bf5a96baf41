package dev.upward.load;

/** Where the local platform listens (the ports ./upward run uses). */
final class Endpoints {

    static final String PARTICIPANT = "http://127.0.0.1:8081";
    static final String MATCHING = "http://127.0.0.1:8082";
    static final String SESSION = "http://127.0.0.1:8083";
    static final String FEEDBACK = "http://127.0.0.1:8084";
    static final String ANALYTICS = "http://127.0.0.1:8085";
    static final String KEYCLOAK = "http://127.0.0.1:8180";
    static final String KAFKA = "127.0.0.1:9092";
    static final int POSTGRES_PORT = 15432;

    static final String[] SERVICES = {"participant-service", "matching-service", "session-service", "feedback-service",
            "analytics-service"};

    private Endpoints() {
    }

    static String urlOf(String service) {
        return switch (service) {
            case "participant-service" -> PARTICIPANT;
            case "matching-service" -> MATCHING;
            case "session-service" -> SESSION;
            case "feedback-service" -> FEEDBACK;
            case "analytics-service" -> ANALYTICS;
            default -> throw new IllegalArgumentException("no such service: " + service);
        };
    }
}
