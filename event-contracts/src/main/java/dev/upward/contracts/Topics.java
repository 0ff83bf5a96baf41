package dev.upward.contracts;

/** Kafka topics, one per publishing domain, versioned in the name. */
public final class Topics {

    /** Inbound: employee lifecycle events published by the HRIS connector. */
    public static final String HRIS_EMPLOYEES = "hris.employees.v1";
    public static final String PROGRAMS = "upward.programs.v1";
    public static final String PARTICIPANTS = "upward.participants.v1";
    public static final String MATCHES = "upward.matches.v1";
    public static final String MENTORSHIPS = "upward.mentorships.v1";
    public static final String FEEDBACK = "upward.feedback.v1";

    /**
     * Where a consumer puts the records of {@code topic} it cannot process: one dead-letter topic
     * per consumed topic and consuming service, so a record refused by one service does not mix
     * with another's and each service's operators replay only their own.
     */
    public static String deadLetter(String topic, String consumingService) {
        return topic + ".dlq." + consumingService;
    }

    private Topics() {
    }
}
