package dev.upward.commons.security;

/** The realm roles of Keycloak realm {@code upward}. */
public final class Roles {

    /** HR staff who run programmes. */
    public static final String PROGRAM_ADMIN = "program-admin";
    /** Any employee taking part, as mentor or mentee. */
    public static final String PARTICIPANT = "participant";
    /** Reads KPIs and reports. */
    public static final String ANALYST = "analyst";
    /** The HRIS integration's service account. */
    public static final String HRIS_CONNECTOR = "hris-connector";
    /** Service accounts calling between Upward services. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
