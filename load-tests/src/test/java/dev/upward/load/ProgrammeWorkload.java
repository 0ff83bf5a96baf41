package dev.upward.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A programme at work, every visitor with a real Keycloak token: participants read their
 * matches, mentorships and sessions, schedule sessions and give feedback; analysts read KPIs;
 * admins preview matching runs; the HRIS streams hires over Kafka beside it all. In the faults
 * mode the platform's parts are crashed one by one during the load; afterwards every
 * acknowledged write is looked for everywhere it must have landed.
 */
public class ProgrammeWorkload extends Simulation {

    private static final String BEARER = "Bearer #{token}";

    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final Processes processes = new Processes(settings.stateDir());
    private final Ledger ledger = new Ledger();
    private final FeedbackBook feedbackBook = new FeedbackBook();
    private final SessionSlots slots = new SessionSlots();
    private volatile Fixture fixture;
    private HrisStream hris;
    private FaultInjector faults;
    private ResourceSampler sampler;
    private long deadLettersBefore;

    {
        HttpProtocolBuilder protocol = http.acceptHeader("application/json").contentTypeHeader("application/json")
                .userAgentHeader("upward-load");
        Duration during = Duration.ofSeconds(settings.durationSeconds());
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(participantReads().injectOpen(constantUsersPerSec(settings.rate(6)).during(during)));
        populations.add(scheduling().injectOpen(constantUsersPerSec(settings.rate(3)).during(during)));
        populations.add(feedback().injectOpen(constantUsersPerSec(settings.rate(2)).during(during)));
        populations.add(analysts().injectOpen(constantUsersPerSec(settings.rate(1)).during(during)));
        populations.add(admins().injectOpen(constantUsersPerSec(settings.rate(0.2)).during(during)));
        setUp(populations).protocols(protocol).maxDuration(during.plusMinutes(5));
    }

    @Override
    public void before() {
        Fixture.progress("mode " + settings.mode() + ", " + settings.durationSeconds() + " s at scale " + settings.scale()
                + ", HRIS " + settings.hrisPerSecond() + " hires/s");
        fixture = Fixture.build(settings.pairs());
        fixture.tokens().register("alex.analyst", "alex");
        deadLettersBefore = Reconciliation.deadLetters();
        hris = new HrisStream(fixture.tag(), settings.hrisPerSecond(), ledger);
        sampler = new ResourceSampler(processes, settings.outputDir().resolve("resources.csv"), settings.sampleSeconds());
        sampler.start();
        if (settings.faults()) {
            faults = new FaultInjector(processes);
            faults.start();
        }
        Fixture.progress("load starts");
    }

    @Override
    public void after() {
        try {
            Summary summary = new Summary(settings);
            hris.stop();
            hris.close();
            summary.hris(hris.sent(), hris.failed(), hris.ratePerSecond());
            if (faults != null) {
                summary.faults(faults.finish());
            }
            summary.resources(sampler.stop());
            summary.reconciliation(new Reconciliation(fixture, ledger).run(deadLettersBefore));
            summary.write();
        } catch (Exception e) {
            throw new IllegalStateException("the run's summary failed: " + e.getMessage(), e);
        }
    }

    /** A random member of a random pair, with a fresh token: who this visitor is. */
    private Session asMember(Session session) {
        Fixture.Pair pair = fixture.pairs().get(ThreadLocalRandom.current().nextInt(fixture.pairs().size()));
        String user = ThreadLocalRandom.current().nextBoolean() ? pair.mentor() : pair.mentee();
        return session.set("pair", pair.index()).set("user", user).set("token", fixture.tokens().bearer(user))
                .set("mentorshipId", pair.mentorshipId()).set("heldSessionId", pair.heldSessionId());
    }

    private Session as(Session session, String user) {
        return session.set("token", fixture.tokens().bearer(user)).set("programId", fixture.programId())
                .set("previewProgramId", fixture.previewProgramId());
    }

    private ScenarioBuilder participantReads() {
        return scenario("participant reads").exec(this::asMember)
                .exec(http("GET /matches/mine").get(Endpoints.MATCHING + "/matches/mine").header("Authorization", BEARER)
                        .check(status().is(200)))
                .exec(http("GET /mentorships/mine").get(Endpoints.SESSION + "/mentorships/mine").header("Authorization", BEARER)
                        .check(status().is(200)))
                .exec(http("GET /mentorships/{id}/sessions").get(Endpoints.SESSION + "/mentorships/#{mentorshipId}/sessions")
                        .header("Authorization", BEARER).check(status().is(200)));
    }

    private ScenarioBuilder scheduling() {
        return scenario("scheduling").exec(this::asMember)
                .exec(session -> session.set("startsAt", slots.next(session.getInt("pair"))))
                .exec(http("POST /mentorships/{id}/sessions").post(Endpoints.SESSION + "/mentorships/#{mentorshipId}/sessions")
                        .header("Authorization", BEARER)
                        .body(StringBody("{\"startsAt\":\"#{startsAt}\",\"durationMinutes\":30,\"format\":\"VIDEO\","
                                + "\"agenda\":[\"load\"],\"topics\":[\"ai\"]}"))
                        .check(status().is(201), jsonPath("$.id").saveAs("sessionId")))
                .exec(session -> {
                    if (session.contains("sessionId")) {
                        ledger.sessions.put(session.getString("sessionId"), session.getString("user"));
                    }
                    return session;
                });
    }

    /** First answer once per member (the held session), later edits of it, or reading one's own. */
    private ScenarioBuilder feedback() {
        ChainBuilder submit = exec(http("POST /feedback").post(Endpoints.FEEDBACK + "/feedback").header("Authorization", BEARER)
                .body(StringBody("{\"sessionId\":\"#{heldSessionId}\",\"rating\":4,\"usefulTopics\":[\"ai\"],"
                        + "\"learned\":\"prompting\"}"))
                .check(status().is(201), jsonPath("$.id").saveAs("feedbackId")))
                .exec(session -> {
                    String user = session.getString("user");
                    if (session.contains("feedbackId")) {
                        feedbackBook.submitted(user, session.getString("feedbackId"));
                        ledger.feedback.put(session.getString("feedbackId"), user);
                    } else {
                        feedbackBook.release(user);
                    }
                    return session;
                });
        ChainBuilder edit = exec(http("PUT /feedback/{id}").put(Endpoints.FEEDBACK + "/feedback/#{feedbackId}")
                .header("Authorization", BEARER)
                .body(StringBody(session -> "{\"rating\":" + (1 + ThreadLocalRandom.current().nextInt(5))
                        + ",\"usefulTopics\":[\"ai\"],\"learned\":\"prompting, edited\"}"))
                .check(status().is(200)));
        ChainBuilder read = exec(http("GET /feedback/mine").get(Endpoints.FEEDBACK + "/feedback/mine")
                .header("Authorization", BEARER).check(status().is(200)));
        return scenario("feedback").exec(this::asMember)
                .exec(session -> {
                    String user = session.getString("user");
                    String id = feedbackBook.idOf(user);
                    if (id != null) {
                        return session.set("action", "edit").set("feedbackId", id);
                    }
                    return session.set("action", feedbackBook.claim(user) ? "submit" : "read");
                })
                .exec(doIfOrElse(session -> "submit".equals(session.getString("action"))).then(submit)
                        .orElse(doIfOrElse(session -> "edit".equals(session.getString("action"))).then(edit).orElse(read)));
    }

    private ScenarioBuilder analysts() {
        return scenario("analysts").exec(session -> as(session, "alex.analyst"))
                .exec(http("GET /programs/{id}/kpis").get(Endpoints.ANALYTICS + "/programs/#{programId}/kpis")
                        .header("Authorization", BEARER).check(status().is(200)))
                .exec(http("GET /programs/{id}/kpis/weekly").get(Endpoints.ANALYTICS + "/programs/#{programId}/kpis/weekly")
                        .header("Authorization", BEARER).check(status().is(200)));
    }

    private ScenarioBuilder admins() {
        return scenario("admins").exec(session -> as(session, "hannah.hr"))
                .exec(http("POST /programs/{id}/matching-runs/preview")
                        .post(Endpoints.MATCHING + "/programs/#{previewProgramId}/matching-runs/preview")
                        .header("Authorization", BEARER).check(status().is(200)));
    }
}
