package dev.upward.participant.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upward.commons.messaging.BatchDeadLetters;
import dev.upward.participant.app.HrisEventReader;
import dev.upward.participant.app.IngestHrisBatch;
import dev.upward.participant.domain.EmployeeChange;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the employee directory current from {@code hris.employees.v1}, a poll batch at a
 * time: every record is checked against its contract, the readable ones are written with one
 * upsert, the others go to {@code hris.employees.v1.dlq.participant-service} with the reason
 * in headers. Offsets are committed only after both, so nothing is lost on a crash and
 * replays change nothing.
 */
@ApplicationScoped
public class HrisEmployeeConsumer {

    private static final Logger LOG = Logger.getLogger(HrisEmployeeConsumer.class);

    private final IngestHrisBatch ingest;
    private final ObjectMapper json;
    private final BatchDeadLetters deadLetters;
    private final Timer readTime;
    private final Timer writeTime;
    private final Counter written;
    private final Counter deadLettered;

    public HrisEmployeeConsumer(IngestHrisBatch ingest, ObjectMapper json,
                                @Channel("hris-employees-dead-letters") MutinyEmitter<String> deadLetters,
                                MeterRegistry metrics) {
        this.ingest = ingest;
        this.json = json;
        this.deadLetters = new BatchDeadLetters(deadLetters, "participant-service");
        this.readTime = Timer.builder("upward.hris.batch.read").description("Parsing and contract checks of one HRIS poll batch")
                .register(metrics);
        this.writeTime = Timer.builder("upward.hris.batch.write").description("Writing one HRIS poll batch to the directory")
                .register(metrics);
        this.written = Counter.builder("upward.hris.records").tag("outcome", "written").register(metrics);
        this.deadLettered = Counter.builder("upward.hris.records").tag("outcome", "dead-lettered").register(metrics);
    }

    private record Readable(ConsumerRecord<String, String> record, EmployeeChange change) {
    }

    @Incoming("hris-employees")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        long readStarted = System.nanoTime();
        List<Readable> readable = new ArrayList<>(records.count());
        List<Uni<Void>> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                readable.add(new Readable(record, HrisEventReader.read(json.readTree(record.value()))));
            } catch (JsonProcessingException e) {
                rejected.add(deadLetter(record, "not JSON: " + e.getOriginalMessage()));
            } catch (RuntimeException e) {
                rejected.add(deadLetter(record, e.getMessage()));
            }
        }
        readTime.record(System.nanoTime() - readStarted, TimeUnit.NANOSECONDS);
        Uni<Void> sentAside = rejected.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(rejected).andFailFast().replaceWithVoid();
        // only the write is retried, so unreadable records are dead-lettered once per delivery
        return sentAside.chain(() -> timed(write(readable))
                .onFailure().invoke(e -> LOG.warnf("HRIS batch of %d records not written, retrying: %s", readable.size(), e.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(30)).indefinitely());
    }

    /** Writes the batch; changes the database refuses are dead-lettered like unreadable records. */
    private Uni<Void> write(List<Readable> readable) {
        if (readable.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return ingest.applyIsolatingRefusals(readable.stream().map(Readable::change).toList())
                .invoke(outcome -> written.increment(readable.size() - outcome.refused().size()))
                .flatMap(outcome -> outcome.refused().isEmpty() ? Uni.createFrom().voidItem()
                        : Uni.join().all(readable.stream().filter(r -> outcome.refused().containsKey(r.change()))
                                .map(r -> deadLetter(r.record(), outcome.refused().get(r.change()))).toList())
                        .andFailFast().replaceWithVoid());
    }

    private Uni<Void> timed(Uni<Void> work) {
        return Uni.createFrom().deferred(() -> {
            long started = System.nanoTime();
            return work.onTermination().invoke(() -> writeTime.record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
        });
    }

    private Uni<Void> deadLetter(ConsumerRecord<String, String> record, String reason) {
        deadLettered.increment();
        LOG.infof("dead-lettering HRIS record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        return deadLetters.send(record, reason);
    }
}
