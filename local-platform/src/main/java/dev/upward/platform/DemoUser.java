package dev.upward.platform;

import java.util.List;

/** The demo accounts in deploy/keycloak/upward-realm.json, printed for people trying the platform. */
public record DemoUser(String username, String password, String roles, String note) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("hannah.hr", "hannah", "program-admin, participant", "HR, runs programmes"),
            new DemoUser("alex.analyst", "alex", "analyst", "reads KPIs"),
            new DemoUser("maya.mentor", "maya", "participant", "junior employee, mentor"),
            new DemoUser("lea.mentor", "lea", "participant", "junior employee, mentor"),
            new DemoUser("sam.senior", "sam", "participant", "senior leader, mentee"),
            new DemoUser("victor.vp", "victor", "participant", "senior leader, mentee"),
            new DemoUser("nora.norole", "nora", "(none)", "has no Upward role"));
}
