package dev.upward.commons.inbox;

import io.smallrye.mutiny.Uni;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a consumer does with one event type: the payload class, the checks a valid payload
 * passes, and the effect, which runs inside the inbox's transaction.
 */
public record EventHandler<T>(Class<T> payloadType, Consumer<T> check, Function<T, Uni<Void>> effect) {

    public static <T> EventHandler<T> of(Class<T> payloadType, Consumer<T> check, Function<T, Uni<Void>> effect) {
        return new EventHandler<>(payloadType, check, effect);
    }
}
