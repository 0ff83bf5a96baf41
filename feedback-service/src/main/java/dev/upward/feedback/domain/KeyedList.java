package dev.upward.feedback.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A bounded list whose entries are told apart by a key (rated skills, survey items). A key
 * given twice would make one answer ambiguous, so it is refused rather than silently merged.
 */
final class KeyedList {

    private KeyedList() {
    }

    static <T> List<T> check(List<T> entries, int max, Function<T, String> key, String sizeRule,
                             Function<String, String> duplicateRule) {
        if (entries == null || entries.isEmpty() || entries.size() > max) {
            throw new IllegalArgumentException(sizeRule);
        }
        Set<String> keys = new HashSet<>();
        for (T entry : entries) {
            if (!keys.add(key.apply(entry))) {
                throw new IllegalArgumentException(duplicateRule.apply(key.apply(entry)));
            }
        }
        return List.copyOf(entries);
    }
}
