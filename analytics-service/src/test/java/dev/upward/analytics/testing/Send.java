package dev.upward.analytics.testing;

import dev.upward.testing.KafkaTestClient;

import java.util.Map;
import java.util.UUID;

/** Publishes test events the way the services' relays (or an HRIS connector) do. */
public final class Send {

    private Send() {
    }

    /** Returns the CloudEvents id it was sent with. */
    public static String event(Events.Event e) {
        if (e.type() == null) {
            KafkaTestClient.send(e.topic(), e.key(), e.payload(), Map.of());
            return null;
        }
        return KafkaTestClient.sendCloudEvent(e.topic(), e.key(), e.type(), e.payload());
    }

    public static void all(Events.Event... events) {
        for (Events.Event e : events) {
            event(e);
        }
    }

    /** The same CloudEvent id on purpose: a redelivery. */
    public static void withId(Events.Event e, String id) {
        KafkaTestClient.send(e.topic(), e.key(), e.payload(), Map.of("ce_specversion", "1.0", "ce_id", id,
                "ce_type", e.type(), "ce_source", "upward/tests", "ce_subject", e.key()));
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
