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

    /** The dead-letter topic of a consumed topic. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
