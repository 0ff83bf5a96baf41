package dev.upward.participant;

import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.TestDatabase;

import java.time.Duration;
import java.util.Map;

/** Puts employees into the directory the way production does: HRIS events on Kafka. */
public final class HrisFixture {

    public static final String TOPIC = "hris.employees.v1";

    private HrisFixture() {
    }

    public static String event(String type, String id, String department, Integer level, String managerId,
                               String hireDate, long version) {
        return "{\"eventType\":\"" + type + "\",\"employeeId\":\"" + id + "\",\"email\":\"" + id.toLowerCase()
                + "@example.com\",\"givenName\":\"Given " + id + "\",\"familyName\":\"Family\",\"department\":"
                + quoted(department) + ",\"jobTitle\":\"Engineer\",\"jobLevel\":" + level + ",\"managerId\":"
                + quoted(managerId) + ",\"location\":\"Berlin\",\"timeZone\":\"Europe/Berlin\",\"languages\":[\"en\",\"de\"],"
                + "\"hireDate\":" + quoted(hireDate) + ",\"hrisVersion\":" + version + "}";
    }

    public static void send(String key, String value) {
        KafkaTestClient.send(TOPIC, key, value, Map.of());
    }

    /** Hires the employee and waits until the directory has them at this version. */
    public static void hire(String id, String department, int level, String managerId, String hireDate, long version) {
        send(id, event("EmployeeHired", id, department, level, managerId, hireDate, version));
        awaitVersion(id, version);
    }

    public static void awaitVersion(String id, long version) {
        Eventually.assertTrue(id + " at HRIS version " + version, Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from employee where employee_id = ? and hris_version = " + version, id) == 1);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
