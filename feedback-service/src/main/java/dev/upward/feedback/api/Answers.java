package dev.upward.feedback.api;

import dev.upward.feedback.app.Answered;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.function.Function;

/** An answer given once: 201 with its location when this request gave it, 200 when it was given before. */
final class Answers {

    private Answers() {
    }

    static <T> Response response(Answered<T> answered, Function<T, ?> view, Function<T, URI> location) {
        Object body = view.apply(answered.answer());
        return answered.created()
                ? Response.created(location.apply(answered.answer())).entity(body).build()
                : Response.ok(body).build();
    }
}
