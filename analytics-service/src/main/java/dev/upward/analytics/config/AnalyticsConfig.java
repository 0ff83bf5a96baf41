package dev.upward.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of analytics-service under {@code upward.analytics}. */
@ConfigMapping(prefix = "upward.analytics")
public interface AnalyticsConfig {

    /** Poll batch size of every consumed topic. */
    @WithDefault("2000")
    int maxPollRecords();

    /** Consumers per topic (at most its partitions). */
    @WithDefault("1")
    int consumers();

    /** Whether the connector opens a tracing span per consumed record; the inbox works on whole batches. */
    @WithDefault("false")
    boolean traceConsumed();

    /** Polls a consumer may hold unprocessed before its partitions are paused. */
    @WithDefault("1")
    int queuedPolls();

    ReportLink reportLink();

    Gauges gauges();

    interface ReportLink {
        /**
         * HMAC key of signed report links. Without one each instance draws a random key at start,
         * so links work only on the instance that issued them and not after a restart.
         */
        Optional<String> secret();

        /** How long a link opens the report. */
        @WithDefault("PT10M")
        Duration ttl();
    }

    interface Gauges {
        /**
         * How often the Prometheus gauges of headline KPIs are recomputed. KpiGaugesJob's
         * {@code @Scheduled} reads the key itself; declared here so a bad value fails the start.
         */
        @WithDefault("PT30S")
        Duration interval();
    }
}
