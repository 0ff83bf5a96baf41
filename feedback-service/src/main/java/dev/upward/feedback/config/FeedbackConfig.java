package dev.upward.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "upward.feedback")
public interface FeedbackConfig {

    /**
     * How long after submitting an author may still change their session feedback. Ratings
     * count in aggregates only once this has passed, so a window that never closes would keep
     * them out of every summary.
     */
    @WithDefault("P7D")
    Duration editWindow();

    /** The fit check of a mentorship opens once this many of its sessions are completed. */
    @WithDefault("1")
    int fitCheckAfterSessions();
}
