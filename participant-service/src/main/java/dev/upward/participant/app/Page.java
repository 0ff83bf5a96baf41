package dev.upward.participant.app;

import java.util.List;

/** One page of a longer list and how many items the whole list has. */
public record Page<T>(List<T> items, long total) {
}
