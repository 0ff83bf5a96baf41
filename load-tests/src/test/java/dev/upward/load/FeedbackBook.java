package dev.upward.load;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has answered the feedback request of their held session: one visitor claims the first
 * answer per member (two at once would get a 409 for the second), later visitors edit it.
 */
final class FeedbackBook {

    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    String idOf(String user) {
        return ids.get(user);
    }

    boolean claim(String user) {
        return claimed.add(user);
    }

    void submitted(String user, String feedbackId) {
        ids.put(user, feedbackId);
    }

    /** The submission failed (a fault, say): someone else may try again. */
    void release(String user) {
        claimed.remove(user);
    }
}
