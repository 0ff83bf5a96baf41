package dev.upward.session.config;

import dev.upward.session.domain.NudgePlanner;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Defaults for programmes without their own nudge policy, and how often the job looks. */
@ConfigMapping(prefix = "upward.nudges")
public interface NudgeConfig {

    /** How often the nudge and completion job runs. */
    @WithDefault("PT5M")
    Duration interval();

    /** Days after the start of a mentorship by which a first session should have happened or be planned. */
    @WithDefault("14")
    int firstSessionWithinDays();

    /** Weeks without a session, and none planned, after which a mentorship is at risk. */
    @WithDefault("4")
    int atRiskAfterWeeks();

    /** Hours before a session's start at which its reminder is due. */
    @WithDefault("24")
    int reminderHoursBefore();

    default NudgePlanner.Policy defaults() {
        return new NudgePlanner.Policy(firstSessionWithinDays(), atRiskAfterWeeks(), reminderHoursBefore());
    }
}
