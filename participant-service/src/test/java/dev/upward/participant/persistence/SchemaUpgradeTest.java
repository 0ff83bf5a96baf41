package dev.upward.participant.persistence;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database created by the previous release, whose history lists the outbox and inbox as the
 * service's own V2, still validates and starts: commons' migration baselines beside it in its
 * own history table and finds the tables already there.
 */
@QuarkusTest
@WithTestResource(PreviousReleaseSchema.class)
class SchemaUpgradeTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void previousReleaseDatabaseStartsAndKeepsBothHistories() throws SQLException {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            List<String> service = column(sql, "select version from flyway_schema_history where success order by installed_rank");
            assertTrue(service.contains("2"), "the former V2 stays in the service's history: " + service);
            List<String> commons = column(sql, "select version from flyway_commons_history where success order by installed_rank");
            assertEquals(List.of("0", "1"), commons, "commons baselines at 0, then applies its V1");
            sql.executeUpdate("insert into processed_event (event_id, event_type, processed_at) values ('upgrade-check', 'test', now())");
            assertEquals(List.of("0"), column(sql, "select count(*) from outbox_event where published_at is null and topic = 'none'"));
        }
    }

    private static List<String> column(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
