package dev.upward.participant.api;

import java.util.List;

/** One page of a longer list, with the total so a client can render page controls. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
