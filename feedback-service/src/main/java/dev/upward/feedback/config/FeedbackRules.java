package dev.upward.feedback.config;

import dev.upward.feedback.domain.EditWindow;
import dev.upward.feedback.domain.FitCheckSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The domain's configurable rules, built once from the settings. */
@ApplicationScoped
public class FeedbackRules {

    @Produces
    @Singleton
    EditWindow editWindow(FeedbackConfig config) {
        return new EditWindow(config.editWindow());
    }

    @Produces
    @Singleton
    FitCheckSchedule fitCheckSchedule(FeedbackConfig config) {
        return new FitCheckSchedule(config.fitCheckAfterSessions());
    }
}
