package dev.upward.commons.messaging;

import dev.upward.contracts.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;

/**
 * Sets aside the records a batch consumer cannot process, on {@link Topics#deadLetter} of the
 * record's topic. Batch consumers acknowledge a whole poll, so they cannot use the connector's
 * per-message dead-letter strategy; this writes the same headers that strategy writes
 * ({@code dead-letter-reason}, {@code -topic}, {@code -partition}, {@code -offset}) beside the
 * record's own, so one tool reads and replays both kinds.
 */
public final class BatchDeadLetters {

    private final MutinyEmitter<String> emitter;
    private final String consumingService;

    /**
     * @param emitter          an emitter on a channel of the Kafka connector; the topic is set per record
     * @param consumingService the service name that goes into the dead-letter topic's name
     */
    public BatchDeadLetters(MutinyEmitter<String> emitter, String consumingService) {
        this.emitter = emitter;
        this.consumingService = consumingService;
    }

    /** Sends {@code record} unchanged (key, value, headers) with the reason it was refused. */
    public Uni<Void> send(ConsumerRecord<String, String> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        headers.add("dead-letter-reason", utf8(reason));
        headers.add("dead-letter-topic", utf8(record.topic()));
        headers.add("dead-letter-partition", utf8(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", utf8(Long.toString(record.offset())));
        return emitter.sendMessage(Message.of(record.value() == null ? "" : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(Topics.deadLetter(record.topic(), consumingService))
                        .withKey(record.key()).withHeaders(headers).build()));
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
