package dev.upward.load;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * After the load (and the faults), looks for every acknowledged write where it must have
 * landed: in the service that took it, and as exactly one effect in analytics' projections.
 * Dead-letter topics must not have grown: nothing valid may have been dead-lettered on the way.
 */
final class Reconciliation {

    private final Fixture fixture;
    private final Ledger ledger;
    private final List<String> problems = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();

    Reconciliation(Fixture fixture, Ledger ledger) {
        this.fixture = fixture;
        this.ledger = ledger;
    }

    /** Records in every dead-letter topic, summed over partitions: the figure that must not move. */
    static long deadLetters() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Endpoints.KAFKA);
        try (Admin admin = Admin.create(properties)) {
            List<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.contains(".dlq")).toList();
            Map<TopicPartition, OffsetSpec> ends = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS)
                    .values().stream().flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest()));
            return admin.listOffsets(ends).all().get(30, TimeUnit.SECONDS).values().stream().mapToLong(r -> r.offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the dead-letter topics: " + e.getMessage(), e);
        }
    }

    List<String> problems() {
        return problems;
    }

    List<String> facts() {
        return facts;
    }

    Reconciliation run(long deadLettersBefore) {
        Fixture.progress("reconciling " + ledger.sessions.size() + " sessions, " + ledger.feedback.size() + " feedback forms, "
                + ledger.hiredEmployees.size() + " HRIS hires");
        everyServiceReady();
        present("session", ledger.sessions, id -> Endpoints.SESSION + "/sessions/" + id);
        present("feedback", ledger.feedback, id -> Endpoints.FEEDBACK + "/feedback/" + id);
        String connector = fixture.tokens().connector();
        Map<String, String> hires = ledger.hiredEmployees.stream().collect(Collectors.toMap(e -> e, e -> "connector"));
        presentAs("HRIS hire", hires, id -> Endpoints.PARTICIPANT + "/employees/" + id, who -> connector, 180);
        // the services' own stores are the truth: a write that committed just before a crash
        // counts although its client never heard back
        exactlyOnceInAnalytics("sessionsScheduled", sessionsStored());
        exactlyOnceInAnalytics("feedbackSubmitted", feedbackStored());
        long deadLettersAfter = deadLetters();
        facts.add("dead-letter records: " + deadLettersBefore + " before, " + deadLettersAfter + " after");
        if (deadLettersAfter != deadLettersBefore) {
            problems.add((deadLettersAfter - deadLettersBefore) + " records were dead-lettered during the run");
        }
        return this;
    }

    /** Sessions of the programme as session-service holds them, from the admins' mentorship view. */
    private int sessionsStored() {
        Http.Answer view = Http.get(Endpoints.SESSION + "/programs/" + fixture.programId() + "/mentorships",
                fixture.tokens().bearer("hannah.hr")).expect(200, "the programme's mentorships");
        int stored = 0;
        for (var mentorship : view.json()) {
            var counts = mentorship.path("sessions");
            stored += counts.path("scheduled").asInt() + counts.path("completed").asInt() + counts.path("cancelled").asInt()
                    + counts.path("missed").asInt();
        }
        facts.add(String.format("sessions stored: %d (%d held in the fixture, %d acknowledged during the load)", stored,
                fixture.pairs().size(), ledger.sessions.size()));
        return stored;
    }

    /** Feedback forms as feedback-service holds them: each member's own list. */
    private int feedbackStored() {
        int stored = 0;
        for (Fixture.Pair pair : fixture.pairs()) {
            for (String member : List.of(pair.mentor(), pair.mentee())) {
                for (var form : Http.get(Endpoints.FEEDBACK + "/feedback/mine", fixture.tokens().bearer(member))
                        .expect(200, "feedback of " + member).json()) {
                    if (fixture.programId().equals(form.path("programId").asText())) {
                        stored++;
                    }
                }
            }
        }
        facts.add(String.format("feedback forms stored: %d (%d acknowledged)", stored, ledger.feedback.size()));
        return stored;
    }

    private void everyServiceReady() {
        for (String service : Endpoints.SERVICES) {
            int status = Http.get(Endpoints.urlOf(service) + "/q/health/ready", null).status();
            if (status != 200) {
                problems.add(service + " not ready at the end (" + status + ")");
            }
        }
    }

    private void present(String what, Map<String, String> ids, Function<String, String> url) {
        presentAs(what, ids, url, who -> fixture.tokens().bearer(who), 60);
    }

    /**
     * Each id must answer 200 to its owner. Asynchronous projections get {@code seconds} to catch
     * up; a write the service itself acknowledged must be there at once, but sharing one deadline
     * keeps the check simple and still fails on anything lost.
     */
    private void presentAs(String what, Map<String, String> ids, Function<String, String> url, Function<String, String> token,
                           int seconds) {
        AtomicInteger missing = new AtomicInteger();
        List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ids.forEach((id, owner) -> pool.submit(() -> {
            Http.Answer answer = Http.get(url.apply(id), token.apply(owner));
            while (answer.status() != 200 && System.nanoTime() < deadline) {
                Http.pause(500);
                answer = Http.get(url.apply(id), token.apply(owner));
            }
            if (answer.status() != 200) {
                missing.incrementAndGet();
                if (examples.size() < 5) {
                    examples.add(id + " → " + answer.status());
                }
            }
        }));
        pool.shutdown();
        try {
            pool.awaitTermination(30, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        facts.add(String.format("%s: %d acknowledged, %d found", what, ids.size(), ids.size() - missing.get()));
        if (missing.get() > 0) {
            problems.add(missing.get() + " acknowledged " + what + " writes are missing, e.g. " + examples);
        }
    }

    /** The KPI must reach the expected count and stay there: below means lost, above means counted twice. */
    private void exactlyOnceInAnalytics(String kpi, int expected) {
        String analyst = fixture.tokens().bearer("alex.analyst");
        String url = Endpoints.ANALYTICS + "/programs/" + fixture.programId() + "/kpis";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        int seen = -1;
        while (System.nanoTime() < deadline) {
            Http.Answer answer = Http.get(url, analyst);
            seen = answer.status() == 200 ? answer.json().path(kpi).asInt(-1) : -1;
            if (seen >= expected) {
                break;
            }
            Http.pause(1000);
        }
        Http.pause(3000);
        Http.Answer settled = Http.get(url, analyst);
        int last = settled.status() == 200 ? settled.json().path(kpi).asInt(-1) : seen;
        facts.add(String.format("analytics %s: expected %d, found %d", kpi, expected, last));
        if (last != expected) {
            problems.add("analytics " + kpi + " is " + last + ", expected exactly " + expected);
        }
    }
}
