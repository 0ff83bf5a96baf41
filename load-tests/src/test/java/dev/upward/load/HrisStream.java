package dev.upward.load;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * HRIS events streaming in beside the REST load: new hires at a steady rate, each entered in
 * the ledger once the broker acknowledged it. Only the sending thread touches the queue of
 * unanswered sends until {@link #stop} has joined it.
 */
final class HrisStream implements AutoCloseable {

    private static final String[] DEPARTMENTS = {"Sales", "Finance", "Data Platform", "Operations"};

    private final Hris hris = new Hris();
    private final Ledger ledger;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ArrayDeque<Map.Entry<String, Future<?>>> unanswered = new ArrayDeque<>();
    private final Thread thread;
    private volatile long sent;
    private volatile long failed;
    private volatile double seconds;

    HrisStream(String tag, double perSecond, Ledger ledger) {
        this.ledger = ledger;
        thread = new Thread(() -> {
            long started = System.nanoTime();
            long n = 0;
            while (running.get()) {
                long wait = started + (long) (n * 1e9 / perSecond) - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        break;
                    }
                }
                n++;
                String employee = ("H" + tag + "-" + n).toUpperCase();
                unanswered.add(Map.entry(employee, hris.hire(employee, DEPARTMENTS[(int) (n % DEPARTMENTS.length)], 1 + (int) (n % 10))));
                sent = n;
                settle(false);
            }
            seconds = (System.nanoTime() - started) / 1e9;
        }, "hris-stream");
        thread.setDaemon(true);
        thread.start();
    }

    /** Moves answered sends into the ledger (acknowledged) or the failure count; waits for all when asked. */
    private void settle(boolean waitForAll) {
        while (!unanswered.isEmpty() && (waitForAll || unanswered.peek().getValue().isDone())) {
            Map.Entry<String, Future<?>> head = unanswered.poll();
            try {
                head.getValue().get();
                ledger.hiredEmployees.add(head.getKey());
            } catch (Exception e) {
                failed++;
            }
        }
    }

    long sent() {
        return sent;
    }

    long failed() {
        return failed;
    }

    double ratePerSecond() {
        return seconds == 0 ? 0 : sent / seconds;
    }

    /** Stops sending and waits for the broker's answer to everything sent. */
    void stop() throws InterruptedException {
        running.set(false);
        thread.join();
        settle(true);
    }

    @Override
    public void close() {
        hris.close();
    }
}
