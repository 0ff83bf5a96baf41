package dev.upward.matching.app;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a consumed record at most once through the inbox, whose transaction also holds the
 * effect. Consumers say which payload each event type has and which use case acts on it; the
 * use case methods they name run inside that transaction.
 */
@ApplicationScoped
public class ConsumedEvents {

    private final Inbox inbox;

    public ConsumedEvents(Inbox inbox) {
        this.inbox = inbox;
    }

    /** What to do with one event type: its payload, the checks a valid one passes, the effect. */
    public record Handler<T>(Class<T> payloadType, Consumer<T> check, Function<T, Uni<Void>> effect) {

        public static <T> Handler<T> of(Class<T> payloadType, Function<T, Uni<Void>> effect) {
            return new Handler<>(payloadType, payload -> { }, effect);
        }

        public static <T> Handler<T> of(Class<T> payloadType, Consumer<T> check, Function<T, Uni<Void>> effect) {
            return new Handler<>(payloadType, check, effect);
        }

        private EventHandler<T> forInbox() {
            return EventHandler.of(payloadType, check, effect);
        }
    }

    public Uni<Void> applyOnce(Message<String> message, Map<String, Handler<?>> handlers) {
        Map<String, EventHandler<?>> forInbox = new HashMap<>();
        handlers.forEach((type, handler) -> forInbox.put(type, handler.forInbox()));
        return inbox.handle(message, forInbox);
    }
}
