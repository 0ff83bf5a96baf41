package dev.upward.analytics.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upward.analytics.persistence.ProgrammeWrites;
import dev.upward.analytics.persistence.ProgrammeWrites.ProgrammeState;
import dev.upward.contracts.ProgramClosed;
import dev.upward.contracts.ProgramCreated;
import dev.upward.contracts.ProgramSnapshot;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/** Programme names, dates and status from {@code upward.programs.v1}. */
@ApplicationScoped
public class ProgramEventsConsumer {

    private final BatchInbox inbox;
    private final BatchInbox.Route route;

    public ProgramEventsConsumer(BatchInbox inbox, ProgrammeWrites programmes) {
        this.inbox = inbox;
        BatchInbox.EventWriter<?> state = Writers.mapping(e -> new ProgrammeState(e.uuid("programId"), e.text("name"),
                e.text("status"), e.date("startsOn"), e.date("endsOn"), e.occurredAt()), programmes::upsert);
        BatchInbox.EventWriter<?> closed = Writers.mapping(e -> new ProgrammeState(e.uuid("programId"), null, "CLOSED",
                null, null, e.occurredAt()), programmes::upsert);
        this.route = new BatchInbox.Route(BatchInbox::cloudEventType,
                Map.of(ProgramCreated.TYPE, state, ProgramSnapshot.LAUNCHED, state, ProgramSnapshot.UPDATED, state,
                        ProgramClosed.TYPE, closed),
                Map.of(ProgramCreated.TYPE, datesInOrder(), ProgramSnapshot.LAUNCHED, datesInOrder(),
                        ProgramSnapshot.UPDATED, datesInOrder()),
                true);
    }

    /** The schema cannot say that a programme ends after it starts; a window that does not would break every rate. */
    private static Consumer<JsonNode> datesInOrder() {
        return payload -> {
            JsonNode starts = payload.get("startsOn");
            JsonNode ends = payload.get("endsOn");
            if (starts != null && !starts.isNull() && ends != null && !ends.isNull()
                    && !LocalDate.parse(ends.asText()).isAfter(LocalDate.parse(starts.asText()))) {
                throw new IllegalArgumentException("endsOn must be after startsOn");
            }
        };
    }

    @Incoming("programs")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.handle(records, route);
    }
}
