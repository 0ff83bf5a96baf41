package dev.upward.participant.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upward.participant.domain.EmployeeChange;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the employee directory current from {@code hris.employees.v1}, a poll batch at a
 * time: every record is checked against its contract, the readable ones are written with one
 * upsert, the others go to {@code hris.employees.v1.dlq} with the reason in headers. Offsets
 * are committed only after both, so nothing is lost on a crash and replays change nothing.
 */
@ApplicationScoped
public class HrisEmployeeConsumer {

    private static final Logger LOG = Logger.getLogger(HrisEmployeeConsumer.class);

    private final HrisIngest ingest;
    private final ObjectMapper json;
    private final MutinyEmitter<String> deadLetters;

    public HrisEmployeeConsumer(HrisIngest ingest, ObjectMapper json,
                                @Channel("hris-employees-dead-letters") MutinyEmitter<String> deadLetters) {
        this.ingest = ingest;
        this.json = json;
        this.deadLetters = deadLetters;
    }

    private record Readable(ConsumerRecord<String, String> record, EmployeeChange change) {
    }

    @Incoming("hris-employees")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        List<Readable> readable = new ArrayList<>(records.count());
        List<Uni<Void>> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                readable.add(new Readable(record, HrisEmployeeEvents.read(record.value(), json.readTree(record.value()))));
            } catch (JsonProcessingException e) {
                rejected.add(deadLetter(record, "not JSON: " + e.getOriginalMessage()));
            } catch (RuntimeException e) {
                rejected.add(deadLetter(record, e.getMessage()));
            }
        }
        Uni<Void> deadLettered = rejected.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(rejected).andFailFast().replaceWithVoid();
        return deadLettered.chain(() -> write(readable))
                .onFailure().invoke(e -> LOG.warnf("HRIS batch of %d records not written, retrying: %s", readable.size(), e.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(30)).indefinitely();
    }

    /**
     * Writes the batch in one transaction. Should the database refuse the batch because of
     * one record's data, the records are written one by one and the refused ones
     * dead-lettered; any other failure (database down) fails the batch so it is retried.
     */
    private Uni<Void> write(List<Readable> readable) {
        if (readable.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return ingest.apply(readable.stream().map(Readable::change).toList()).replaceWithVoid()
                .onFailure(HrisEmployeeConsumer::isDataError).recoverWithUni(() -> Multi.createFrom().iterable(readable)
                        .onItem().transformToUniAndConcatenate(one -> ingest.apply(List.of(one.change())).replaceWithVoid()
                                .onFailure(HrisEmployeeConsumer::isDataError)
                                .recoverWithUni(e -> deadLetter(one.record(), "refused by the database: " + e.getMessage())))
                        .collect().last().replaceWithVoid());
    }

    private static boolean isDataError(Throwable failure) {
        return failure instanceof PgException pg && pg.getSqlState() != null
                && (pg.getSqlState().startsWith("22") || pg.getSqlState().startsWith("23"));
    }

    private Uni<Void> deadLetter(ConsumerRecord<String, String> record, String reason) {
        LOG.infof("dead-lettering HRIS record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        headers.add("dead-letter-reason", utf8(reason));
        headers.add("dead-letter-topic", utf8(record.topic()));
        headers.add("dead-letter-partition", utf8(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", utf8(Long.toString(record.offset())));
        return deadLetters.sendMessage(Message.of(record.value() == null ? "" : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build()));
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
