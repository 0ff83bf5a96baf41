package dev.upward.analytics.messaging;

import dev.upward.analytics.testing.Cohort;
import dev.upward.analytics.testing.Send;
import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Projections are disposable: emptied and fed every topic again from its first offset, they
 * give the same KPIs, whatever order the six consumers happen to interleave in this time.
 */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class RebuildTest {

    private static final List<String> TOPICS = List.of("upward.programs.v1", "upward.participants.v1", "upward.matches.v1",
            "upward.mentorships.v1", "upward.feedback.v1", "hris.employees.v1");
    private static final String PROJECTIONS = "program_kpi, participant, match, mentorship, session, feedback, fit_check, "
            + "assessment, skill_rating, employee, erased_person, processed_event";

    private final String analyst = TestTokens.token("alex", "analyst");

    private String kpis(Cohort cohort) {
        // asOf says when the answer was computed, so it differs between any two reads
        return given().auth().oauth2(analyst).get("/programs/" + cohort.programId + "/kpis").then().statusCode(200)
                .extract().asString().replaceAll("\"asOf\":\"[^\"]*\"", "");
    }

    private String weekly(Cohort cohort) {
        return given().auth().oauth2(analyst).queryParam("to", "2026-12-28")
                .get("/programs/" + cohort.programId + "/kpis/weekly").then().statusCode(200).extract().asString();
    }

    private static void awaitEveryTopicConsumed() {
        TOPICS.forEach(topic -> KafkaTestClient.awaitConsumed("analytics-service", topic, Duration.ofSeconds(90)));
    }

    @Test
    void rebuildingFromOffsetZeroGivesIdenticalKpis() throws Exception {
        Cohort cohort = new Cohort(6);
        cohort.events.forEach(Send::event);
        Eventually.assertTrue("cohort projected", Duration.ofSeconds(60), () -> TestDatabase.count(
                "select count(*) from feedback where program_id = ?", cohort.programId) == 32
                && TestDatabase.count("select count(*) from employee where employee_id like ?", cohort.prefix + "%") == 21);
        awaitEveryTopicConsumed();
        String before = kpis(cohort);
        String weeklyBefore = weekly(cohort);
        assertFalse(before.contains("\"satisfaction\":{\"mean\":{\"value\":null"), "the cohort is big enough to show satisfaction: " + before);

        String url = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection c = DriverManager.getConnection(url, dev.upward.platform.PostgresServer.USER,
                dev.upward.platform.PostgresServer.PASSWORD); Statement s = c.createStatement()) {
            s.execute("truncate " + PROJECTIONS);
        }
        List<ConsumerRecord<String, String>> history = new ArrayList<>();
        TOPICS.forEach(topic -> history.addAll(KafkaTestClient.readAll(topic)));
        KafkaTestClient.resend(history);
        awaitEveryTopicConsumed();

        assertEquals(before, kpis(cohort), "after replaying " + history.size() + " records into empty projections");
        assertEquals(weeklyBefore, weekly(cohort));
    }
}
