package dev.upward.matching.messaging;

import dev.upward.contracts.RematchRequested;
import dev.upward.matching.app.ConsumedEvents;
import dev.upward.matching.app.ConsumedEvents.Handler;
import dev.upward.matching.app.RematchPair;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;

/** Rematch requests from {@code upward.feedback.v1}; the other feedback events are not matching's business. */
@ApplicationScoped
public class FeedbackEventsConsumer {

    private final ConsumedEvents events;
    private final RematchPair rematch;

    public FeedbackEventsConsumer(ConsumedEvents events, RematchPair rematch) {
        this.events = events;
        this.rematch = rematch;
    }

    @Incoming("feedback")
    public Uni<Void> consume(Message<String> message) {
        return events.applyOnce(message, Map.of(RematchRequested.TYPE, Handler.of(RematchRequested.class, rematch::requested)));
    }
}
