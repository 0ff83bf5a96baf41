package dev.upward.analytics.app;

import io.smallrye.mutiny.Uni;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Projects one topic's poll batches: the route (event types, their rows and writes) is fixed
 * when the bean is made, so a batch costs no set-up. Subclasses are {@code @Singleton}: a
 * client proxy would need a no-args constructor this base class does not have.
 */
abstract class RecordTopicEvents {

    private final RecordEventBatch batch;
    private final EventRoute route;

    RecordTopicEvents(RecordEventBatch batch, EventRoute route) {
        this.batch = batch;
        this.route = route;
    }

    /** Applies a poll batch once; completes when it is written and its offsets may be committed. */
    public Uni<Void> record(ConsumerRecords<String, String> records) {
        return batch.handle(records, route);
    }
}
