package dev.upward.feedback.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load client for {@code POST /feedback}: a fixed number of concurrent clients each take the
 * next (token, session) pair and submit feedback for it once, so every request is a first
 * submission that writes a row and an outbox event. Reports throughput and latency.
 *
 * <pre>java -cp feedback-service/target/test-classes dev.upward.feedback.bench.SubmitLoad \
 *     --url http://localhost:8084 --fixture submissions.tsv --clients 50</pre>
 *
 * The fixture has one line per submission: a bearer token, a tab, and a session id that the
 * token's owner may rate.
 */
public final class SubmitLoad {

    /** One submission to make. */
    public record Submission(String token, String sessionId) {
    }

    public record Result(int requests, int failures, double seconds, double perSecond, double p50Millis,
                         double p99Millis, double maxMillis) {

        @Override
        public String toString() {
            return String.format("%d requests, %d failed, %.1f s, %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    requests, failures, seconds, perSecond, p50Millis, p99Millis, maxMillis);
        }
    }

    private SubmitLoad() {
    }

    public static Result run(String baseUrl, List<Submission> submissions, int clients) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<Submission> queue = new ConcurrentLinkedQueue<>(submissions);
        long[] latencies = new long[submissions.size()];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(clients);
        URI uri = URI.create(baseUrl + "/feedback");
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                try {
                    for (Submission s = queue.poll(); s != null; s = queue.poll()) {
                        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + s.token())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\":\"" + s.sessionId()
                                        + "\",\"rating\":4,\"usefulTopics\":[\"ai\"],\"learned\":\"load test\"}"))
                                .build();
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (IOException e) {
                            status = -1;
                        }
                        latencies[done.getAndIncrement()] = System.nanoTime() - sent;
                        if (status != 201) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished.countDown();
                }
            }, "submit-client-" + c);
            client.start();
        }
        finished.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] measured = Arrays.copyOf(latencies, done.get());
        Arrays.sort(measured);
        return new Result(measured.length, failures.get(), seconds, measured.length / seconds,
                percentile(measured, 0.50), percentile(measured, 0.99),
                measured.length == 0 ? 0 : measured[measured.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8084";
        Path fixture = null;
        int clients = 50;
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--fixture" -> fixture = Path.of(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (fixture == null) {
            throw new IllegalArgumentException("--fixture <file of token TAB sessionId lines> is required");
        }
        List<Submission> submissions = new ArrayList<>();
        for (String line : Files.readAllLines(fixture)) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                submissions.add(new Submission(parts[0].trim(), parts[1].trim()));
            }
        }
        System.out.println(run(url, submissions, clients));
    }
}
