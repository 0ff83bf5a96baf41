package dev.upward.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Settings of matching-service under {@code upward.matching}. Mapped so that a malformed value
 * stops the service at start instead of silently disabling the job that reads it.
 */
@ConfigMapping(prefix = "upward.matching")
public interface MatchingConfig {

    /** How often unanswered proposals past their deadline are expired ({@code MatchExpiryJob}). */
    @WithDefault("PT1M")
    Duration expiryInterval();
}
