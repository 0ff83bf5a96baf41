package dev.upward.analytics.api;

import dev.upward.analytics.testing.Cohort;
import dev.upward.analytics.testing.Send;
import dev.upward.testing.Eventually;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import dev.upward.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The impact report as a person sees it: opened through a signed link in a real headless
 * Chromium, its charts present and its numbers the same as the JSON API's.
 */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ReportTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static Cohort cohort;

    @TestHTTPResource("/")
    URL base;

    private final String analyst = TestTokens.token("alex", "analyst");

    private static synchronized Cohort cohort() {
        if (cohort == null) {
            Cohort c = new Cohort(6);
            c.events.forEach(Send::event);
            Eventually.assertTrue("cohort projected", Duration.ofSeconds(60), () ->
                    TestDatabase.count("select count(*) from feedback where program_id = ?", c.programId) == 32
                    && TestDatabase.count("select count(*) from session where program_id = ? and status = 'COMPLETED'", c.programId) == 16
                    && TestDatabase.count("select count(*) from skill_rating where program_id = ?", c.programId) == 24
                    && TestDatabase.count("select count(*) from fit_check where program_id = ?", c.programId) == 12
                    && TestDatabase.count("select count(*) from mentorship where program_id = ? and started_at is not null", c.programId) == 6
                    && TestDatabase.count("select count(*) from employee where employee_id like ?", c.prefix + "%") == 21
                    && TestDatabase.count("select count(*) from employee where employee_id like ? and termination_date is not null",
                    c.prefix + "%") == 4);
            cohort = c;
        }
        return cohort;
    }

    private String link(Cohort c) {
        return given().auth().oauth2(analyst).when().post("/programs/" + c.programId + "/report-links").then()
                .statusCode(200).extract().jsonPath().getString("url");
    }

    @Test
    void theReportOpensInABrowserWithChartsAndTheNumbersOfTheApi() throws Exception {
        Cohort c = cohort();
        // decimals as doubles, printed the way the page prints them
        JsonPath kpis = given().auth().oauth2(analyst).get("/programs/" + c.programId + "/kpis").then().statusCode(200)
                .extract().jsonPath().using(new io.restassured.path.json.config.JsonPathConfig(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
        JsonPath weekly = given().auth().oauth2(analyst).get("/programs/" + c.programId + "/kpis/weekly").then()
                .statusCode(200).extract().jsonPath();
        String url = base.toString().replaceAll("/$", "") + link(c);

        String dom = chromium(List.of("--dump-dom", url));
        assertTrue(dom.contains("<h1>Cohort " + c.prefix + "</h1>"), dom);
        for (String kpi : List.of("participantsEnrolled", "matchesAccepted", "mentorshipsStarted", "sessionsCompleted",
                "feedbackSubmitted", "matchRate", "acceptanceRate", "completionRate", "medianDaysToMatch",
                "medianDaysToFirstSession", "satisfaction.mean.value", "fitCheckFailureRate.value")) {
            String key = kpi.replace(".value", "");
            assertEquals(String.valueOf((Object) kpis.get(kpi)), attribute(dom, "data-kpi=\"" + key + "\" data-value=\"([^\"]*)\""),
                    "tile " + key);
        }
        assertEquals("16", attribute(dom, "data-kpi=\"sessionsCompleted\" data-value=\"([^\"]*)\""));
        assertEquals("32", attribute(dom, "data-kpi=\"feedbackSubmitted\" data-value=\"([^\"]*)\""));

        for (String chart : List.of("trend", "satisfaction", "skill-growth", "retention")) {
            assertTrue(dom.contains("<svg id=\"" + chart + "\""), "chart " + chart + " rendered");
        }
        // one point per week and series, each with the weekly API's value
        List<Integer> sessionsPerWeek = weekly.getList("weeks.sessionsCompleted", Integer.class);
        List<String> points = all(dom, "data-series=\"sessionsCompleted\" data-week=\"[^\"]*\" data-value=\"(\\d+)\"");
        assertEquals(sessionsPerWeek.stream().map(String::valueOf).toList(), points);
        assertEquals(16, points.stream().mapToInt(Integer::parseInt).sum());

        assertEquals(String.valueOf((Object) kpis.get("skillGrowth.mentees.delta.value")),
                attribute(dom, "data-label=\"Mentees: all skills\" data-value=\"([^\"]*)\""));
        assertEquals(String.valueOf((Object) kpis.get("retention.participants.value")),
                attribute(dom, "data-label=\"Participants\" data-value=\"([^\"]*)\""));
        assertEquals(String.valueOf((Object) kpis.get("retention.comparison.value")),
                attribute(dom, "data-label=\"Comparable non-participants\" data-value=\"([^\"]*)\""));

        Path screenshot = Files.createTempFile("report-", ".png");
        try {
            chromium(List.of("--screenshot=" + screenshot, "--window-size=1000,2600", "--hide-scrollbars", url));
            byte[] png = Files.readAllBytes(screenshot);
            assertTrue(png.length > 20_000, "a drawn page, not a blank one: " + png.length + " bytes");
            assertEquals((byte) 0x89, png[0]);
        } finally {
            Files.deleteIfExists(screenshot);
        }
    }

    @Test
    void aLinkOpensOnlyItsOwnProgramAndOnlyWhileValid() {
        Cohort c = cohort();
        String link = link(c);
        given().when().get(link).then().statusCode(200).contentType(startsWith("text/html"))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
        String token = link.substring(link.indexOf("link=") + 5);
        given().queryParam("link", token).when().get("/programs/" + java.util.UUID.randomUUID() + "/report").then()
                .statusCode(401).contentType("application/problem+json");
        given().queryParam("link", token + "x").when().get("/programs/" + c.programId + "/report").then().statusCode(401);
        given().queryParam("link", token).when().get("/programs/" + c.programId + "/kpis").then().statusCode(401);
        given().when().get("/programs/" + c.programId + "/report").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("maya", "participant")).when().get("/programs/" + c.programId + "/report")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("maya", "participant")).when().post("/programs/" + c.programId + "/report-links")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.token("hera", "program-admin")).when().get("/programs/" + c.programId + "/report")
                .then().statusCode(200).body(containsString("<svg id=\"trend\""));
        given().auth().oauth2(analyst).when().post("/programs/" + java.util.UUID.randomUUID() + "/report-links")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void headlineActivityIsExportedAsPrometheusGauges() {
        Cohort c = cohort();
        Eventually.assertTrue("gauges refreshed", Duration.ofSeconds(20), () -> given().get("/q/metrics").asString()
                .contains("upward_analytics_sessions_completed{program=\"" + c.programId + "\"} 16.0"));
        String metrics = given().get("/q/metrics").asString();
        assertTrue(metrics.contains("upward_analytics_feedback_submitted{program=\"" + c.programId + "\"} 32.0"), metrics);
        assertTrue(metrics.contains("upward_analytics_participants_enrolled{program=\"" + c.programId + "\"} 12.0"));
        assertTrue(metrics.contains("upward_analytics_mentorships_started{program=\"" + c.programId + "\"} 6.0"));
    }

    @Test
    void theCohortsFiguresAboutPeopleAreShownAndCorrect() {
        Cohort c = cohort();
        JsonPath k = given().auth().oauth2(analyst).get("/programs/" + c.programId + "/kpis").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(6, k.getInt("mentorsEnrolled"));
        assertEquals(16, k.getInt("sessionsCompleted"));
        assertEquals(2, k.getInt("sessionsCancelled"));
        assertEquals(1, k.getInt("mentorshipsCompleted"));
        assertEquals(1, k.getInt("mentorshipsAtRisk"));
        assertEquals(4, k.getInt("mentorshipsActive"));
        assertFalse(k.getBoolean("satisfaction.mean.suppressed"));
        // mentor ratings 3 + (i + s) % 3 and mentee ratings 4 + (i + s) % 2 over the sixteen held sessions
        assertEquals(expectedMeanRating(), k.getDouble("satisfaction.mean.value"));
        // mentees: ai from 1 + i % 2 to 3 + i % 2, social-media from 2 to 3: (6 * 2 + 6 * 1) / 12
        assertEquals(1.5, k.getDouble("skillGrowth.mentees.delta.value"));
        assertEquals(2.0, k.getDouble("skillGrowth.mentees.skills.find { it.skill == 'ai' }.delta"));
        // one of twelve fit checks said "not working"
        assertEquals(Math.round(1 / 12.0 * 10_000) / 10_000.0, k.getDouble("fitCheckFailureRate.value"));
        // participants: 11 of 12 still employed; others: Data keeps 3 of 5 (weight 6), Board 3 of 4 (weight 6)
        assertEquals(Math.round(11 / 12.0 * 10_000) / 10_000.0, k.getDouble("retention.participants.value"));
        assertEquals(Math.round((0.6 + 0.75) / 2 * 10_000) / 10_000.0, k.getDouble("retention.comparison.value"));
        assertEquals(Map.of("mentorDepartment", c.prefix + "-Data", "menteeDepartment", c.prefix + "-Board", "pairs", 6,
                "suppressed", false), k.getMap("pairingMatrix[0]"));
    }

    private static double expectedMeanRating() {
        long sum = 0;
        int forms = 0;
        for (int i = 0; i < 6; i++) {
            for (int s = 0; s < 3; s++) {
                if (s == 2 && i % 3 == 0) {
                    continue;
                }
                sum += 3 + (i + s) % 3 + 4 + (i + s) % 2;
                forms += 2;
            }
        }
        return Math.round((double) sum / forms * 10_000) / 10_000.0;
    }

    private static String attribute(String dom, String regex) {
        Matcher m = Pattern.compile(regex).matcher(dom);
        assertTrue(m.find(), "no match for " + regex);
        return m.group(1);
    }

    private static List<String> all(String dom, String regex) {
        Matcher m = Pattern.compile(regex).matcher(dom);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Runs Debian's Chromium headless, installing it first where it is missing, and answers what it printed. */
    private static String chromium(List<String> arguments) throws IOException, InterruptedException {
        installChromiumIfMissing();
        Path profile = Files.createTempDirectory("chromium-profile-");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(arguments);
        Path out = Files.createTempFile("chromium-", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("chromium did not finish within 90 s");
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            dev.upward.platform.Archives.deleteRecursively(profile);
        }
    }

    private static void installChromiumIfMissing() throws IOException, InterruptedException {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        for (List<String> step : List.of(List.of("apt-get", "update"), List.of("apt-get", "install", "-y", "chromium"))) {
            Process apt = new ProcessBuilder(step).inheritIO().start();
            if (!apt.waitFor(15, TimeUnit.MINUTES) || apt.exitValue() != 0) {
                throw new IllegalStateException("could not install chromium with " + step);
            }
        }
    }
}
