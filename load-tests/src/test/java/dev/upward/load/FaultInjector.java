package dev.upward.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Crashes the platform's parts one at a time while the load runs, on loopback only and a fixed
 * number of times: {@code kill -9} of each service, {@code kill -9} of the Kafka broker, and an
 * immediate shutdown of PostgreSQL (SIGQUIT: no checkpoint, crash recovery on start). The
 * platform restarts what died; this measures how long until every service is ready again.
 */
final class FaultInjector {

    record Outcome(String fault, long pid, double secondsUntilReady) {
    }

    private static final int WARM_UP_SECONDS = 30;
    private static final int GAP_SECONDS = 20;

    private final Processes processes;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final Thread thread;
    private volatile String failure;

    FaultInjector(Processes processes) {
        this.processes = processes;
        thread = new Thread(this::inject, "fault-injector");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void inject() {
        try {
            pauseSeconds(WARM_UP_SECONDS);
            for (String service : Endpoints.SERVICES) {
                crash(service, "KILL", "kill -9 " + service);
                pauseSeconds(GAP_SECONDS);
            }
            crash("kafka", "KILL", "kill -9 Kafka broker");
            pauseSeconds(GAP_SECONDS);
            crash("postgresql", "QUIT", "PostgreSQL immediate shutdown");
        } catch (RuntimeException e) {
            failure = e.getMessage();
            Fixture.progress("fault injection stopped: " + e.getMessage());
        }
    }

    private void crash(String process, String signal, String fault) {
        long pid = processes.require(process);
        long started = System.nanoTime();
        Fixture.progress(fault + " (pid " + pid + ")");
        Processes.signal(pid, signal);
        Http.until(process + " replaced by a new process", 120,
                () -> new Http.Answer(processes.pid(process).orElse(pid) != pid ? 200 : 0, ""), a -> a.status() == 200);
        if (process.equals("kafka")) {
            awaitPort(9092);
        } else if (process.equals("postgresql")) {
            awaitPort(Endpoints.POSTGRES_PORT);
        }
        for (String service : Endpoints.SERVICES) {
            Http.until(service + " ready after " + fault, 240,
                    () -> Http.get(Endpoints.urlOf(service) + "/q/health/ready", null), a -> a.status() == 200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        synchronized (outcomes) {
            outcomes.add(new Outcome(fault, pid, seconds));
        }
        Fixture.progress(String.format("%s: every service ready again after %.1f s", fault, seconds));
    }

    private static void awaitPort(int port) {
        Http.until("port " + port + " open", 120, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return new Http.Answer(200, "");
            } catch (IOException e) {
                return new Http.Answer(0, e.getMessage());
            }
        }, a -> a.status() == 200);
    }

    private static void pauseSeconds(int seconds) {
        Http.pause(seconds * 1000L);
    }

    /** Waits for the last fault's recovery; the outcomes, and a failure if injection stopped early. */
    List<Outcome> finish() throws InterruptedException {
        thread.join(600_000);
        if (failure != null) {
            throw new IllegalStateException("fault injection did not complete: " + failure);
        }
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    int expectedFaults() {
        return Endpoints.SERVICES.length + 2;
    }
}
