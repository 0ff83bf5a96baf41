package dev.upward.analytics.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upward.analytics.persistence.ProgramWrites;
import dev.upward.analytics.persistence.ProgramWrites.ProgramState;
import dev.upward.contracts.ProgramClosed;
import dev.upward.contracts.ProgramCreated;
import dev.upward.contracts.ProgramSnapshot;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/** Programme names, dates and status from {@code upward.programs.v1}. */
@Singleton
public class RecordProgramEvents extends RecordTopicEvents {

    public RecordProgramEvents(RecordEventBatch batch, ProgramWrites programs) {
        super(batch, route(programs));
    }

    private static EventRoute route(ProgramWrites programs) {
        EventRoute.EventWriter<?> state = EventRoute.writer(e -> new ProgramState(e.uuid("programId"), e.text("name"),
                e.text("status"), e.date("startsOn"), e.date("endsOn"), e.occurredAt()), programs::upsert);
        EventRoute.EventWriter<?> closed = EventRoute.writer(e -> new ProgramState(e.uuid("programId"), null, "CLOSED",
                null, null, e.occurredAt()), programs::upsert);
        return new EventRoute(EventRoute::cloudEventType,
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
}
