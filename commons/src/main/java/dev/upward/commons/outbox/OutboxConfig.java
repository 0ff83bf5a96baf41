package dev.upward.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "upward.outbox")
public interface OutboxConfig {

    /** Whether this service publishes an outbox (services that only consume leave it off). */
    @WithDefault("false")
    boolean enabled();

    /** CloudEvents source attribute of everything this service publishes. */
    @WithDefault("upward/${quarkus.application.name}")
    String source();

    /** Pause between relay rounds when there is nothing (more) to publish. */
    @WithDefault("PT0.05S")
    Duration interval();

    /** Most rows published per relay round. */
    @WithDefault("500")
    int batchSize();

    /** Backoff after a failed round; doubles up to {@link #maxBackoff()}. */
    @WithDefault("PT0.5S")
    Duration initialBackoff();

    @WithDefault("PT30S")
    Duration maxBackoff();
}
