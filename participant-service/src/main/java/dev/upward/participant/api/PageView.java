package dev.upward.participant.api;

import dev.upward.participant.app.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total so a client can render page controls. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    static <S, T> PageView<T> of(Page<S> result, int page, int size, Function<S, T> view) {
        return new PageView<>(result.items().stream().map(view).toList(), page, size, result.total());
    }
}
